package mx.aprende.bot.console.web;

/**
 * A tiny HTML writer that escapes every text and attribute value, so untrusted text (a learner's
 * message) can only ever appear as text. Markup comes from tag names and constant snippets written
 * in this package.
 */
final class Html {

  private final StringBuilder out = new StringBuilder(4096);

  /** Opens {@code tag} with attributes given as name, value pairs (values escaped). */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(escape(attributes[i + 1]))
          .append('"');
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element with escaped text content. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A void element such as {@code input}. */
  Html empty(String tag, String... attributes) {
    return open(tag, attributes);
  }

  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Markup written by this package (never data). */
  Html markup(String trusted) {
    out.append(trusted);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
