package mx.aprende.content.answer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.aprende.content.math.Rational;
import mx.aprende.content.text.TextFolding;

/**
 * Reads one number from what a learner typed: digits with {@code ,} or {@code .} or spaces as
 * separators, decimal comma or point, fractions and mixed numbers, money ({@code $}, pesos,
 * centavos), percentages, Spanish number words, a unit. Working shown before an {@code =} is
 * skipped ("240 x 15 / 100 = 36" reads 36). Anything with two numbers, hedges ("casi", "entre") or
 * "no sé" is not read. A hand-written tokenizer keeps a read within microseconds.
 */
final class NumberReader {
  private static final Set<String> FILLERS =
      Set.of(
          "son",
          "es",
          "da",
          "sale",
          "me",
          "el",
          "la",
          "lo",
          "los",
          "las",
          "resultado",
          "respuesta",
          "creo",
          "que",
          "total",
          "en",
          "serian",
          "seria",
          "igual",
          "a",
          "mi",
          "pues",
          "r",
          "de",
          "del",
          "aprox",
          "aproximadamente",
          "como",
          "unos",
          "unas",
          "exactamente",
          "exacto",
          "entonces",
          "ok",
          "ya",
          "te",
          "quedan",
          "queda",
          "tengo",
          "tiene",
          "hay",
          "cuesta",
          "cuestan",
          "pago",
          "pagas",
          "paga",
          "entero",
          "enteros",
          "mas",
          "menos");
  private static final Set<String> REFUSALS =
      Set.of(
          "nose",
          "casi",
          "entre",
          "idea",
          "sabe",
          "cerca",
          "tal",
          "vez",
          "quizas",
          "talvez",
          "doble",
          "triple",
          "cuadruple",
          "veces");

  private enum Kind {
    NUM,
    WORD,
    SLASH,
    DOLLAR,
    PERCENT,
    MINUS,
    OPERATOR
  }

  private record Token(Kind kind, String text, boolean afterSingleSpace) {}

  private final List<Token> tokens;
  private int pos;

  private NumberReader(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The number in {@code typed}, or empty when there is none or more than one. */
  static Optional<NumberReading> read(String typed) {
    String folded = TextFolding.fold(typed);
    int equals = folded.lastIndexOf('=');
    if (equals >= 0) {
      folded = folded.substring(equals + 1);
    }
    List<Token> tokens = tokenize(folded);
    if (refused(tokens)) {
      return Optional.empty();
    }
    return new NumberReader(tokens).parse();
  }

  private static boolean refused(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind != Kind.WORD) {
        continue;
      }
      if (REFUSALS.contains(t.text)) {
        return true;
      }
      boolean next = i + 1 < tokens.size() && tokens.get(i + 1).kind == Kind.WORD;
      String following = next ? tokens.get(i + 1).text : "";
      if (t.text.equals("no")
          && (following.equals("se") || following.equals("lo") || following.equals("entiendo"))) {
        return true;
      }
      if ((t.text.equals("mas") || t.text.equals("menos"))
          && (following.equals("de") || following.equals("que"))) {
        return true;
      }
      if (t.text.equals("o") && i > 0 && i + 1 < tokens.size()) {
        return true;
      }
    }
    return false;
  }

  private Optional<NumberReading> parse() {
    boolean negative = false;
    boolean percent = false;
    Unit unit = null;
    Quantity quantity = null;
    int unknown = 0;
    while (pos < tokens.size()) {
      Token t = tokens.get(pos);
      switch (t.kind) {
        case MINUS -> {
          if (quantity != null) {
            return Optional.empty();
          }
          negative = true;
          pos++;
        }
        case DOLLAR -> {
          unit = Unit.of("pesos").orElseThrow();
          pos++;
        }
        case PERCENT -> {
          if (quantity == null) {
            return Optional.empty();
          }
          percent = true;
          pos++;
        }
        case SLASH, OPERATOR -> {
          return Optional.empty();
        }
        case NUM -> {
          if (quantity != null) {
            return Optional.empty();
          }
          quantity = digits();
          if (quantity == null) {
            return Optional.empty();
          }
        }
        case WORD -> {
          String w = t.text;
          if (quantity == null && w.equals("menos") && !next("de")) {
            negative = true;
            pos++;
          } else if (quantity == null && startsWords()) {
            quantity = words();
            if (quantity == null) {
              return Optional.empty();
            }
          } else if (quantity != null && startsWords()) {
            // A second number in words, unless it is "y medio" after a unit ("una hora y media").
            if (w.equals("y") && quantity.fractionFree()) {
              pos++;
              Quantity fraction = words();
              if (fraction == null || fraction.writtenDenominator == 0) {
                return Optional.empty();
              }
              quantity = quantity.plus(fraction.values.getFirst());
            } else {
              return Optional.empty();
            }
          } else if (w.equals("por") && next("ciento")) {
            percent = true;
            pos += 2;
          } else if (w.equals("porciento")) {
            percent = true;
            pos++;
          } else if (w.equals("con") && quantity != null && pos + 1 < tokens.size()) {
            // "mil quinientos pesos con cincuenta centavos"
            pos++;
            Quantity cents = tokens.get(pos).kind == Kind.NUM ? digits() : words();
            if (cents == null
                || pos >= tokens.size()
                || !Unit.of(tokens.get(pos).text)
                    .map(u -> u.name().equals("centavos"))
                    .orElse(false)) {
              return Optional.empty();
            }
            pos++;
            quantity = quantity.plus(cents.values.getFirst().dividedBy(Rational.of(100)));
            unit = Unit.of("pesos").orElseThrow();
          } else if (Unit.of(w).isPresent() && quantity != null) {
            Unit typed = Unit.of(w).orElseThrow();
            pos++;
            if (pos < tokens.size() && tokens.get(pos).kind == Kind.WORD) {
              Optional<Unit> power = typed.power(tokens.get(pos).text);
              if (power.isPresent()) {
                typed = power.get();
                pos++;
              }
            }
            if (typed.name().equals("centavos") && (unit == null || !unit.name().equals("pesos"))) {
              quantity = quantity.times(Rational.of(1, 100));
              typed = Unit.of("pesos").orElseThrow();
            }
            if (!typed.dimension().equals("percent")) {
              unit = typed;
            } else {
              percent = true;
            }
          } else if (FILLERS.contains(w)) {
            pos++;
          } else {
            unknown++;
            pos++;
            if (unknown > 4) {
              return Optional.empty();
            }
          }
        }
      }
    }
    if (quantity == null) {
      return Optional.empty();
    }
    List<Rational> values = quantity.values;
    if (negative) {
      values = values.stream().map(Rational::negate).toList();
    }
    return Optional.of(
        new NumberReading(values, percent, Optional.ofNullable(unit), quantity.writtenDenominator));
  }

  private boolean next(String word) {
    return pos + 1 < tokens.size()
        && tokens.get(pos + 1).kind == Kind.WORD
        && tokens.get(pos + 1).text.equals(word);
  }

  private boolean startsWords() {
    Token t = tokens.get(pos);
    if (t.kind != Kind.WORD) {
      return false;
    }
    if (t.text.equals("y")) {
      return pos + 1 < tokens.size()
          && tokens.get(pos + 1).kind == Kind.WORD
          && (SpanishNumbers.isNumberWord(tokens.get(pos + 1).text));
    }
    return SpanishNumbers.isNumberWord(t.text);
  }

  /** Number words from {@code pos}: the longest run of number words, "y", "punto", "coma". */
  private Quantity words() {
    List<String> run = new ArrayList<>();
    while (pos < tokens.size()) {
      Token t = tokens.get(pos);
      if (t.kind != Kind.WORD) {
        break;
      }
      String w = t.text;
      boolean connector = w.equals("y") || w.equals("punto") || w.equals("coma");
      boolean continues =
          pos + 1 < tokens.size()
              && tokens.get(pos + 1).kind == Kind.WORD
              && SpanishNumbers.isNumberWord(tokens.get(pos + 1).text);
      if (SpanishNumbers.isNumberWord(w) || (connector && continues && !run.isEmpty())) {
        run.add(w);
        pos++;
      } else if (w.equals("la") && continues) {
        pos++;
      } else if ((w.equals("entero") || w.equals("enteros")) && !run.isEmpty()) {
        pos++;
      } else {
        break;
      }
    }
    return SpanishNumbers.parse(run)
        .map(n -> new Quantity(List.of(n.value()), n.writtenDenominator()))
        .orElse(null);
  }

  /** A number written with digits from {@code pos}, with fraction, mixed, grouping, multiplier. */
  private Quantity digits() {
    Token first = tokens.get(pos);
    pos++;
    String raw = first.text;
    if (isPlain(raw)
        && at(Kind.SLASH)
        && at(pos + 1, Kind.NUM)
        && isPlain(tokens.get(pos + 1).text)) {
      Quantity fraction = fraction(raw, tokens.get(pos + 1).text);
      pos += 2;
      return fraction;
    }
    if (isPlain(raw)
        && at(Kind.NUM)
        && isPlain(tokens.get(pos).text)
        && at(pos + 1, Kind.SLASH)
        && at(pos + 2, Kind.NUM)
        && isPlain(tokens.get(pos + 2).text)) {
      Quantity fraction = fraction(tokens.get(pos).text, tokens.get(pos + 2).text);
      pos += 3;
      return fraction == null ? null : fraction.mixedWith(new BigInteger(raw));
    }
    if (isPlain(raw)
        && at(Kind.WORD)
        && tokens.get(pos).text.equals("y")
        && at(pos + 1, Kind.NUM)
        && at(pos + 2, Kind.SLASH)
        && at(pos + 3, Kind.NUM)) {
      Quantity fraction = fraction(tokens.get(pos + 1).text, tokens.get(pos + 3).text);
      pos += 4;
      return fraction == null ? null : fraction.mixedWith(new BigInteger(raw));
    }
    // "1 000 000" and "23 786": groups of three after single spaces.
    if (isPlain(raw) && raw.length() <= 3) {
      StringBuilder joined = new StringBuilder(raw);
      while (at(Kind.NUM)
          && tokens.get(pos).afterSingleSpace
          && !at(pos + 1, Kind.SLASH)
          && startsWithGroup(tokens.get(pos).text)) {
        joined.append(tokens.get(pos).text);
        pos++;
      }
      raw = joined.toString();
    }
    List<Rational> values = separated(raw);
    if (values.isEmpty()) {
      return null;
    }
    Quantity quantity = new Quantity(values, 0);
    if (at(Kind.WORD)) {
      String w = tokens.get(pos).text;
      long multiplier = SpanishNumbers.multiplier(w);
      int den = SpanishNumbers.denominator(w);
      if (multiplier > 0) {
        pos++;
        quantity = quantity.times(Rational.of(multiplier));
        if (at(Kind.WORD)
            && SpanishNumbers.isNumberWord(tokens.get(pos).text)
            && multiplier == 1000) {
          Quantity rest = words();
          if (rest == null) {
            return null;
          }
          quantity = quantity.plus(rest.values.getFirst());
        }
      } else if (den > 0 && values.size() == 1 && values.getFirst().isInteger()) {
        pos++;
        quantity = new Quantity(List.of(values.getFirst().times(Rational.of(1, den))), den);
      } else if (w.equals("y")
          && pos + 1 < tokens.size()
          && tokens.get(pos + 1).kind == Kind.WORD
          && SpanishNumbers.isNumberWord(tokens.get(pos + 1).text)) {
        pos++;
        Quantity fraction = words();
        if (fraction == null || fraction.writtenDenominator == 0) {
          return null;
        }
        quantity = quantity.plus(fraction.values.getFirst());
      }
    }
    return quantity;
  }

  private static boolean startsWithGroup(String text) {
    int digits = 0;
    while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    if (digits != 3) {
      return false;
    }
    // A decimal tail may follow the last group: "1 500,50".
    return digits == text.length()
        || (text.length() - digits - 1 != 3
            && text.indexOf(',', digits + 1) < 0
            && text.indexOf('.', digits + 1) < 0);
  }

  private static Quantity fraction(String numerator, String denominator) {
    BigInteger d = new BigInteger(denominator);
    if (d.signum() == 0 || denominator.length() > 9) {
      return null;
    }
    return new Quantity(List.of(new Rational(new BigInteger(numerator), d)), d.intValueExact());
  }

  /**
   * The readings of a digit string with separators. Both kinds present: the last is the decimal
   * mark and the other must group by three. One kind, several times: grouping. One separator once:
   * a decimal unless exactly three digits follow a leading group of one to three digits other than
   * "0", the only shape that is ambiguous.
   */
  static List<Rational> separated(String raw) {
    int lastDot = raw.lastIndexOf('.');
    int lastComma = raw.lastIndexOf(',');
    if (lastDot < 0 && lastComma < 0) {
      return List.of(integer(raw));
    }
    if (lastDot >= 0 && lastComma >= 0) {
      int decimalAt = Math.max(lastDot, lastComma);
      char group = raw.charAt(decimalAt) == '.' ? ',' : '.';
      String whole = raw.substring(0, decimalAt);
      if (whole.indexOf(raw.charAt(decimalAt)) >= 0 || !grouped(whole, group)) {
        return List.of();
      }
      return List.of(
          decimal(whole.replace(String.valueOf(group), ""), raw.substring(decimalAt + 1)));
    }
    char separator = lastDot >= 0 ? '.' : ',';
    int first = raw.indexOf(separator);
    int last = raw.lastIndexOf(separator);
    if (first != last) {
      return grouped(raw, separator)
          ? List.of(integer(raw.replace(String.valueOf(separator), "")))
          : List.of();
    }
    String before = raw.substring(0, first);
    String after = raw.substring(first + 1);
    Rational asDecimal = decimal(before, after);
    if (after.length() != 3 || before.equals("0") || before.length() > 3 || before.isEmpty()) {
      return List.of(asDecimal);
    }
    return List.of(integer(before + after), asDecimal);
  }

  private static boolean grouped(String text, char separator) {
    int start = 0;
    boolean firstGroup = true;
    while (true) {
      int end = text.indexOf(separator, start);
      int length = (end < 0 ? text.length() : end) - start;
      if (firstGroup ? (length < 1 || length > 3) : length != 3) {
        return false;
      }
      if (end < 0) {
        return !firstGroup;
      }
      firstGroup = false;
      start = end + 1;
    }
  }

  private static Rational integer(String digits) {
    return new Rational(new BigInteger(digits), BigInteger.ONE);
  }

  private static Rational decimal(String whole, String fraction) {
    String w = whole.isEmpty() ? "0" : whole;
    return new Rational(new BigInteger(w + fraction), BigInteger.TEN.pow(fraction.length()));
  }

  private static boolean isPlain(String raw) {
    return raw.indexOf('.') < 0 && raw.indexOf(',') < 0;
  }

  private boolean at(Kind kind) {
    return at(pos, kind);
  }

  private boolean at(int index, Kind kind) {
    return index < tokens.size() && tokens.get(index).kind == kind;
  }

  private static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>(8);
    int n = s.length();
    int i = 0;
    int gapStart = 0;
    while (i < n) {
      char c = s.charAt(i);
      boolean single = i - gapStart == 1 && s.charAt(gapStart) == ' ';
      if (isDigit(c)
          || ((c == '.' || c == ',')
              && i + 1 < n
              && isDigit(s.charAt(i + 1))
              && (i == 0 || !isDigit(s.charAt(i - 1))))) {
        int j = i;
        while (j < n
            && (isDigit(s.charAt(j))
                || ((s.charAt(j) == '.' || s.charAt(j) == ',')
                    && j + 1 < n
                    && isDigit(s.charAt(j + 1))))) {
          j++;
        }
        String text = s.substring(i, j);
        out.add(new Token(Kind.NUM, isDigit(c) ? text : "0" + text, single));
        i = j;
        gapStart = i;
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < n && Character.isLetter(s.charAt(j))) {
          j++;
        }
        String word = s.substring(i, j);
        if (j < n
            && (s.charAt(j) == '2' || s.charAt(j) == '3')
            && (j + 1 == n || !Character.isLetterOrDigit(s.charAt(j + 1)))
            && Unit.of(word).map(u -> u.dimension().equals("length")).orElse(false)) {
          word = word.equals("m") || word.startsWith("mt") ? "m" + s.charAt(j) : word + s.charAt(j);
          j++;
        }
        out.add(new Token(Kind.WORD, word, single));
        i = j;
        gapStart = i;
      } else {
        Kind kind =
            switch (c) {
              case '/' -> Kind.SLASH;
              case '$' -> Kind.DOLLAR;
              case '%' -> Kind.PERCENT;
              case '-' -> Kind.MINUS;
              case '+', '*' -> Kind.OPERATOR;
              default -> null;
            };
        if (kind != null) {
          out.add(new Token(kind, String.valueOf(c), single));
          gapStart = i + 1;
        }
        i++;
      }
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** One or two readings of the number, with the denominator as written. */
  private record Quantity(List<Rational> values, int writtenDenominator) {
    Quantity times(Rational factor) {
      return new Quantity(values.stream().map(v -> v.times(factor)).toList(), writtenDenominator);
    }

    Quantity plus(Rational addend) {
      return new Quantity(values.stream().map(v -> v.plus(addend)).toList(), 0);
    }

    Quantity mixedWith(BigInteger whole) {
      return new Quantity(List.of(values.getFirst().plus(new Rational(whole, BigInteger.ONE))), 0);
    }

    boolean fractionFree() {
      return writtenDenominator == 0 && values.size() == 1 && values.getFirst().isInteger();
    }
  }
}
