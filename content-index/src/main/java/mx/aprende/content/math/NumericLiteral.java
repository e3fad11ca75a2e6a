package mx.aprende.content.math;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers authors write in curriculum files (option texts, fraction answers): {@code 12},
 * {@code -3.5}, {@code 3/4}, {@code 1 1/2}, {@code $1,500.00}, {@code 150 pesos}, {@code 25%},
 * {@code 12 m²}. A trailing unit, {@code %} included, is ignored: "25%" is the answer 25 to "what
 * percent…?", matching a {@code compute} of {@code 15 / 60 * 100}. Authors follow the house style
 * (comma for thousands, point for decimals), so this reader is strict; learners' typing goes
 * through the answer checker instead.
 */
public final class NumericLiteral {
  private static final Pattern LITERAL =
      Pattern.compile(
          "^\\s*(\\$)?\\s*(-)?\\s*(?:(\\d+)\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?"
              + "(?:\\s*/\\s*(\\d+))?\\s*(%)?\\s*(?:[\\p{L}²³][\\p{L}²³ .]*)?\\s*$");

  private NumericLiteral() {}

  /**
   * The value of {@code text} when it is a quantity: a number with at most a short unit ("12 m²",
   * "150 pesos"), not a number inside a phrase ("14 de febrero", "3 y 4").
   */
  public static Optional<Rational> parseQuantity(String text) {
    Optional<Rational> value = parse(text);
    if (value.isEmpty()) {
      return value;
    }
    int words = 0;
    for (String word : text.split("[^\\p{L}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      words++;
      if (word.equalsIgnoreCase("de") || word.equalsIgnoreCase("del") || words > 2) {
        return Optional.empty();
      }
    }
    return value;
  }

  /** The value of {@code text}, or empty when it is not a single number as authors write them. */
  public static Optional<Rational> parse(String text) {
    Matcher m = LITERAL.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String whole = m.group(3);
    String main = m.group(4).replace(",", "");
    String decimals = m.group(5);
    String denominator = m.group(6);
    if (whole != null && (denominator == null || decimals != null)) {
      return Optional.empty();
    }
    if (denominator != null && (decimals != null || Long.parseLong(denominator) == 0)) {
      return Optional.empty();
    }
    Rational value = Rational.of(new BigDecimal(decimals == null ? main : main + "." + decimals));
    if (denominator != null) {
      value = value.dividedBy(Rational.of(new BigDecimal(denominator)));
    }
    if (whole != null) {
      value = value.plus(Rational.of(new BigDecimal(whole)));
    }
    return Optional.of(m.group(2) != null ? value.negate() : value);
  }
}
