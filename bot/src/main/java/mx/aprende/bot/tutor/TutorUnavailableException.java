package mx.aprende.bot.tutor;

/**
 * The language model (or transcription) could not answer: unreachable, refused, malformed. The
 * tutor answers from the curriculum instead; a learner never sees this.
 */
public final class TutorUnavailableException extends RuntimeException {

  public TutorUnavailableException(String message) {
    super(message);
  }

  public TutorUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
