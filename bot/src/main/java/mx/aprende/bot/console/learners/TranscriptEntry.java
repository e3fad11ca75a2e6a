package mx.aprende.bot.console.learners;

import java.time.Instant;

/**
 * One line of a conversation as the tutor reads it.
 *
 * @param at when it was sent
 * @param speaker who wrote it
 * @param text the text, or a placeholder such as "[imagen]" for media (shown escaped, always)
 * @param author the tutor's username for {@link Speaker#TUTOR} lines, empty otherwise
 */
public record TranscriptEntry(Instant at, Speaker speaker, String text, String author) {

  /** Who wrote a line. */
  public enum Speaker {
    LEARNER("Estudiante"),
    BOT("Bot"),
    TUTOR("Asesor");

    private final String label;

    Speaker(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
