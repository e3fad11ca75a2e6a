package mx.aprende.content.answer;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.content.math.Rational;

/**
 * Spanish number words, folded (no accents): {@code cero} … {@code millones}, fractions ({@code
 * tres cuartos}, {@code un medio}, {@code dos y medio}, {@code onceavos}), decimals ({@code dos
 * punto cinco}). Word order is checked ({@code "cinco tres"} is not a number), and the one truly
 * ambiguous shape ({@code "treinta y tres cuartos"}: 30¾ or 33/4) is refused.
 */
final class SpanishNumbers {
  private static final Map<String, Integer> UNITS = new HashMap<>();
  private static final Map<String, Integer> TEENS = new HashMap<>();
  private static final Map<String, Integer> TENS = new HashMap<>();
  private static final Map<String, Integer> HUNDREDS = new HashMap<>();
  private static final Map<String, Integer> DENOMINATORS = new HashMap<>();

  static {
    put(
        UNITS, "cero", 0, "uno", 1, "un", 1, "una", 1, "dos", 2, "tres", 3, "cuatro", 4, "cinco",
        5);
    put(UNITS, "seis", 6, "siete", 7, "ocho", 8, "nueve", 9);
    // Frequent phone spellings: the words are unambiguous, refusing them would only annoy.
    put(UNITS, "sinco", 5, "nuebe", 9);
    put(TEENS, "diesiseis", 16, "diesisiete", 17, "diesiocho", 18, "diesinueve", 19, "dies", 10);
    put(TENS, "beinte", 20, "trenta", 30, "sincuenta", 50);
    put(HUNDREDS, "sien", 100, "siento", 100);
    put(TEENS, "diez", 10, "once", 11, "doce", 12, "trece", 13, "catorce", 14, "quince", 15);
    put(TEENS, "dieciseis", 16, "diecisiete", 17, "dieciocho", 18, "diecinueve", 19);
    put(TEENS, "veintiuno", 21, "veintiun", 21, "veintiuna", 21, "veintidos", 22, "veintitres", 23);
    put(TEENS, "veinticuatro", 24, "veinticinco", 25, "veintiseis", 26, "veintisiete", 27);
    put(TEENS, "veintiocho", 28, "veintinueve", 29);
    put(TENS, "veinte", 20, "treinta", 30, "cuarenta", 40, "cincuenta", 50, "sesenta", 60);
    put(TENS, "setenta", 70, "ochenta", 80, "noventa", 90);
    put(HUNDREDS, "cien", 100, "ciento", 100, "doscientos", 200, "doscientas", 200);
    put(
        HUNDREDS,
        "trescientos",
        300,
        "trescientas",
        300,
        "cuatrocientos",
        400,
        "cuatrocientas",
        400);
    put(HUNDREDS, "quinientos", 500, "quinientas", 500, "seiscientos", 600, "seiscientas", 600);
    put(HUNDREDS, "setecientos", 700, "setecientas", 700, "ochocientos", 800, "ochocientas", 800);
    put(HUNDREDS, "novecientos", 900, "novecientas", 900);
    put(DENOMINATORS, "medio", 2, "medios", 2, "media", 2, "medias", 2, "mitad", 2, "mitades", 2);
    put(
        DENOMINATORS,
        "tercio",
        3,
        "tercios",
        3,
        "cuarto",
        4,
        "cuartos",
        4,
        "quinto",
        5,
        "quintos",
        5);
    put(DENOMINATORS, "sexto", 6, "sextos", 6, "septimo", 7, "septimos", 7, "setimo", 7);
    put(DENOMINATORS, "setimos", 7, "octavo", 8, "octavos", 8, "noveno", 9, "novenos", 9);
    put(DENOMINATORS, "decimo", 10, "decimos", 10, "centesimo", 100, "centesimos", 100);
    put(DENOMINATORS, "milesimo", 1000, "milesimos", 1000);
  }

  private SpanishNumbers() {}

  private static void put(Map<String, Integer> map, Object... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
  }

  /** A value read from words, with the denominator as written when it was a fraction. */
  record WordNumber(Rational value, int writtenDenominator) {}

  /** Whether {@code word} can be part of a number written in words. */
  static boolean isNumberWord(String word) {
    return UNITS.containsKey(word)
        || TEENS.containsKey(word)
        || TENS.containsKey(word)
        || HUNDREDS.containsKey(word)
        || word.equals("mil")
        || word.equals("millon")
        || word.equals("millones")
        || denominator(word) > 0;
  }

  /** Whether {@code word} is a multiplier that may follow digits ("2 mil", "1.5 millones"). */
  static long multiplier(String word) {
    return switch (word) {
      case "mil", "k" -> 1_000L;
      case "millon", "millones" -> 1_000_000L;
      default -> 0L;
    };
  }

  /** The denominator named by {@code word} ({@code cuartos} → 4, {@code doceavos} → 12), or 0. */
  static int denominator(String word) {
    Integer known = DENOMINATORS.get(word);
    if (known != null) {
      return known;
    }
    String stem =
        word.endsWith("avos")
            ? word.substring(0, word.length() - 4)
            : word.endsWith("avo") ? word.substring(0, word.length() - 3) : "";
    if (stem.isEmpty()) {
      return 0;
    }
    Integer teen = TEENS.get(stem);
    if (teen == null && TENS.containsKey(stem)) {
      teen = TENS.get(stem);
    }
    return teen != null && teen > 10 ? teen : 0;
  }

  /** The value of {@code words} (already folded), or empty when they are not one number. */
  static Optional<WordNumber> parse(List<String> words) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    int point = Math.max(words.indexOf("punto"), words.indexOf("coma"));
    if (point >= 0) {
      return decimal(words.subList(0, point), words.subList(point + 1, words.size()));
    }
    int den = denominator(words.getLast());
    if (den > 0) {
      return fraction(words.subList(0, words.size() - 1), den);
    }
    return integer(words).map(v -> new WordNumber(new Rational(v, BigInteger.ONE), 0));
  }

  private static Optional<WordNumber> decimal(List<String> whole, List<String> decimals) {
    Optional<BigInteger> integer = whole.isEmpty() ? Optional.of(BigInteger.ZERO) : integer(whole);
    int zeros = 0;
    while (zeros < decimals.size() && decimals.get(zeros).equals("cero")) {
      zeros++;
    }
    List<String> rest = decimals.subList(zeros, decimals.size());
    Optional<BigInteger> digits = rest.isEmpty() ? Optional.of(BigInteger.ZERO) : integer(rest);
    if (integer.isEmpty() || digits.isEmpty() || decimals.isEmpty()) {
      return Optional.empty();
    }
    String text = "0".repeat(zeros) + (rest.isEmpty() ? "" : digits.get().toString());
    Rational fraction = new Rational(new BigInteger(text), BigInteger.TEN.pow(text.length()));
    return Optional.of(
        new WordNumber(new Rational(integer.get(), BigInteger.ONE).plus(fraction), 0));
  }

  private static Optional<WordNumber> fraction(List<String> before, int den) {
    int y = before.lastIndexOf("y");
    List<String> wholeWords = y >= 0 ? before.subList(0, y) : List.of();
    List<String> numeratorWords = y >= 0 ? before.subList(y + 1, before.size()) : before;
    List<String> cleanNumerator = numeratorWords.stream().filter(w -> !w.equals("la")).toList();
    if (y >= 0
        && !wholeWords.isEmpty()
        && TENS.containsKey(wholeWords.getLast())
        && cleanNumerator.size() == 1
        && UNITS.containsKey(cleanNumerator.getFirst())) {
      // "treinta y tres cuartos": 30 + 3/4 or 33/4 — refuse rather than guess.
      return Optional.empty();
    }
    Optional<BigInteger> numerator =
        cleanNumerator.isEmpty() ? Optional.of(BigInteger.ONE) : integer(cleanNumerator);
    Optional<BigInteger> whole =
        wholeWords.isEmpty() ? Optional.of(BigInteger.ZERO) : integer(wholeWords);
    if (numerator.isEmpty() || whole.isEmpty() || (y >= 0 && wholeWords.isEmpty())) {
      return Optional.empty();
    }
    Rational value =
        new Rational(whole.get(), BigInteger.ONE)
            .plus(new Rational(numerator.get(), BigInteger.valueOf(den)));
    return Optional.of(new WordNumber(value, wholeWords.isEmpty() ? den : 0));
  }

  /** An integer in words with Spanish word order; {@code cero} only alone. */
  static Optional<BigInteger> integer(List<String> words) {
    long millions = 0;
    long thousands = 0;
    long group = 0;
    boolean seenThousand = false;
    boolean seenMillion = false;
    boolean hundreds = false;
    boolean tens = false;
    boolean units = false;
    boolean afterY = false;
    boolean any = false;
    for (String w : words) {
      if (w.equals("y")) {
        if (!tens || units || afterY) {
          return Optional.empty();
        }
        afterY = true;
        continue;
      }
      Integer v;
      if ((v = UNITS.get(w)) != null) {
        if (units || (v == 0 && (any || words.size() > 1))) {
          return Optional.empty();
        }
        group += v;
        units = true;
      } else if ((v = TEENS.get(w)) != null) {
        if (tens || units) {
          return Optional.empty();
        }
        group += v;
        tens = true;
        units = true;
      } else if ((v = TENS.get(w)) != null) {
        if (tens || units) {
          return Optional.empty();
        }
        group += v;
        tens = true;
      } else if ((v = HUNDREDS.get(w)) != null) {
        if (hundreds || tens || units) {
          return Optional.empty();
        }
        group += v;
        hundreds = true;
      } else if (w.equals("mil")) {
        if (seenThousand) {
          return Optional.empty();
        }
        thousands = group == 0 ? 1 : group;
        group = 0;
        seenThousand = true;
        hundreds = tens = units = false;
      } else if (w.equals("millon") || w.equals("millones")) {
        if (seenMillion || seenThousand) {
          return Optional.empty();
        }
        millions = group == 0 ? 1 : group;
        group = 0;
        seenMillion = true;
        hundreds = tens = units = false;
      } else {
        return Optional.empty();
      }
      if (afterY && !units) {
        return Optional.empty();
      }
      afterY = false;
      any = true;
    }
    if (!any || afterY) {
      return Optional.empty();
    }
    return Optional.of(BigInteger.valueOf(millions * 1_000_000L + thousands * 1_000L + group));
  }
}
