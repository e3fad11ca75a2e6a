package mx.aprende.content.answer;

/**
 * Writes whole numbers in Spanish words for the dataset tests; written independently of the reader
 * so the test does not check the reader against itself.
 */
final class SpanishWords {
  private static final String[] UNITS = {
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve"
  };
  private static final String[] TENS = {
    "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"
  };
  private static final String[] HUNDREDS = {
    "",
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos"
  };

  private SpanishWords() {}

  static String of(long n) {
    if (n == 0) {
      return "cero";
    }
    if (n == 1_000_000) {
      return "un millón";
    }
    StringBuilder out = new StringBuilder();
    long thousands = n / 1000;
    long rest = n % 1000;
    if (thousands == 1) {
      out.append("mil");
    } else if (thousands > 1) {
      out.append(below1000(thousands, true)).append(" mil");
    }
    if (rest > 0) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(below1000(rest, false));
    }
    return out.toString();
  }

  private static String below1000(long n, boolean beforeMil) {
    if (n == 100) {
      return "cien";
    }
    StringBuilder out = new StringBuilder(HUNDREDS[(int) (n / 100)]);
    long rest = n % 100;
    if (rest > 0) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      if (rest < 30) {
        String word = UNITS[(int) rest];
        out.append(beforeMil && rest == 1 ? "un" : beforeMil && rest == 21 ? "veintiún" : word);
      } else {
        out.append(TENS[(int) (rest / 10)]);
        if (rest % 10 > 0) {
          out.append(" y ").append(beforeMil && rest % 10 == 1 ? "un" : UNITS[(int) (rest % 10)]);
        }
      }
    }
    return out.toString();
  }
}
