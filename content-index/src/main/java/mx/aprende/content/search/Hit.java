package mx.aprende.content.search;

/**
 * One ranked lesson: its id, title and module, a snippet (≤ {@link #MAX_SNIPPET} characters, the
 * matched words between {@code *} for WhatsApp bold), what kind of text matched ({@code lesson},
 * {@code example}, {@code exercise}, {@code glossary}) and the score (higher is better, only
 * comparable within one search).
 */
public record Hit(
    String lessonId, String title, String moduleId, String snippet, String matchedIn, float score) {
  /** The longest snippet: leaves room for a title and a few lines in one WhatsApp message. */
  public static final int MAX_SNIPPET = 700;
}
