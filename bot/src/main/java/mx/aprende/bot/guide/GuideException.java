package mx.aprende.bot.guide;

/** A study guide could not be rendered; the message names the unit. */
public final class GuideException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GuideException(String message) {
    super(message);
  }

  public GuideException(String message, Throwable cause) {
    super(message, cause);
  }
}
