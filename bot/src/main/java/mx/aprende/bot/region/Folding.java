package mx.aprende.bot.region;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds typed text to lowercase ASCII words: accents, case and punctuation do not count. */
final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  private Folding() {}

  /** The words of {@code text}: "¡Yucatán!" → [yucatan], "Edo. Méx." → [edo, mex]. */
  static List<String> words(String text) {
    String folded = fold(text);
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }

  /** {@code text} lowercased, without accents, punctuation as single spaces, trimmed. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(plain).replaceAll(" ").strip();
  }
}
