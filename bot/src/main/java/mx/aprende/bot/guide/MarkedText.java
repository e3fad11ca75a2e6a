package mx.aprende.bot.guide;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with WhatsApp's formatting marks read as styles: {@code *bold*}, {@code _italic_} and {@code
 * ~strike~}, nested or not. A mark counts only as WhatsApp counts it: it opens before a non-space,
 * closes after a non-space on the same line, and is not inside a word, so "3 * 4" and
 * "nombre_de_archivo" stay as written.
 */
final class MarkedText {
  private MarkedText() {}

  /** One piece of text and its styles. */
  record Run(String text, boolean bold, boolean italic, boolean strike) {}

  /** The runs of {@code text}, marks removed, adjacent runs of the same style merged. */
  static List<Run> parse(String text) {
    List<Run> runs = new ArrayList<>();
    parse(text, false, false, false, runs);
    return runs;
  }

  private static void parse(
      String text, boolean bold, boolean italic, boolean strike, List<Run> runs) {
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = isMark(c) ? closing(text, i) : -1;
      if (close < 0) {
        plain.append(c);
        i++;
        continue;
      }
      add(runs, new Run(plain.toString(), bold, italic, strike));
      plain.setLength(0);
      String inner = text.substring(i + 1, close);
      parse(inner, bold || c == '*', italic || c == '_', strike || c == '~', runs);
      i = close + 1;
    }
    add(runs, new Run(plain.toString(), bold, italic, strike));
  }

  private static boolean isMark(char c) {
    return c == '*' || c == '_' || c == '~';
  }

  /** Where the mark opened at {@code open} closes, or -1 when it is not a mark. */
  private static int closing(String text, int open) {
    char mark = text.charAt(open);
    if (open > 0 && Character.isLetterOrDigit(text.charAt(open - 1))) {
      return -1;
    }
    if (open + 1 >= text.length() || Character.isWhitespace(text.charAt(open + 1))) {
      return -1;
    }
    for (int j = open + 2; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return -1;
      }
      boolean closes =
          c == mark
              && !Character.isWhitespace(text.charAt(j - 1))
              && (j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)));
      if (closes) {
        return j;
      }
    }
    return -1;
  }

  private static void add(List<Run> runs, Run run) {
    if (run.text().isEmpty()) {
      return;
    }
    if (!runs.isEmpty()) {
      Run last = runs.getLast();
      if (last.bold() == run.bold()
          && last.italic() == run.italic()
          && last.strike() == run.strike()) {
        runs.set(
            runs.size() - 1,
            new Run(last.text() + run.text(), run.bold(), run.italic(), run.strike()));
        return;
      }
    }
    runs.add(run);
  }
}
