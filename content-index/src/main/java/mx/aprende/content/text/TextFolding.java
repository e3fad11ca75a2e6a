package mx.aprende.content.text;

/**
 * Lower-casing and accent folding in one pass over the characters (no {@code Normalizer}, no regex:
 * the answer checker must stay within microseconds). Shared by every place that compares what
 * people type: answers, commands, place names. Vulgar fractions become {@code " 1/2"}; superscript
 * ² and ³ become digits so {@code "m²"} reads as {@code "m2"}.
 */
public final class TextFolding {
  private TextFolding() {}

  /** Lower-case, accents removed, everything else kept. */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        continue;
      }
      switch (c) {
        case 'á', 'à', 'ä', 'â', 'Á', 'À', 'Ä', 'Â', 'ã', 'Ã' -> out.append('a');
        case 'é', 'è', 'ë', 'ê', 'É', 'È', 'Ë', 'Ê' -> out.append('e');
        case 'í', 'ì', 'ï', 'î', 'Í', 'Ì', 'Ï', 'Î' -> out.append('i');
        case 'ó', 'ò', 'ö', 'ô', 'Ó', 'Ò', 'Ö', 'Ô', 'õ', 'Õ' -> out.append('o');
        case 'ú', 'ù', 'ü', 'û', 'Ú', 'Ù', 'Ü', 'Û' -> out.append('u');
        case 'ñ', 'Ñ' -> out.append('n');
        case 'ç', 'Ç' -> out.append('c');
        case '½' -> out.append(" 1/2");
        case '¼' -> out.append(" 1/4");
        case '¾' -> out.append(" 3/4");
        case '⅓' -> out.append(" 1/3");
        case '⅔' -> out.append(" 2/3");
        case '²' -> out.append('2');
        case '³' -> out.append('3');
        case '−', '–', '—' -> out.append('-');
        case '×' -> out.append('x');
        case '÷' -> out.append('/');
        case '\u00a0', '\u202f', '\u2009' -> out.append(' ');
        case '’', '‘' -> out.append('\'');
        case '“', '”' -> out.append('"');
        default -> out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** Folded words only: punctuation becomes space, spaces collapse, no leading/trailing space. */
  public static String words(String text) {
    String folded = fold(text);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }
}
