package mx.aprende.content.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import mx.aprende.content.ContentException;

/**
 * An exact rational number, always in lowest terms with a positive denominator, so that equal
 * values are equal records.
 */
public record Rational(BigInteger numerator, BigInteger denominator)
    implements Comparable<Rational> {
  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private static final Rational HUNDRED = of(100);

  /** Normalises to lowest terms; a zero denominator is rejected. */
  public Rational {
    if (denominator.signum() == 0) {
      throw new ContentException("Division by zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      denominator = BigInteger.ONE;
    }
  }

  /** The integer {@code value}. */
  public static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** The fraction {@code numerator/denominator}. */
  public static Rational of(long numerator, long denominator) {
    return new Rational(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** The exact value of {@code value}. */
  public static Rational of(BigDecimal value) {
    if (value.scale() <= 0) {
      return new Rational(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return new Rational(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /** {@code this + other}. */
  public Rational plus(Rational other) {
    return new Rational(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** {@code this - other}. */
  public Rational minus(Rational other) {
    return plus(other.negate());
  }

  /** {@code this × other}. */
  public Rational times(Rational other) {
    return new Rational(
        numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /** {@code this ÷ other}; dividing by zero throws {@link ContentException}. */
  public Rational dividedBy(Rational other) {
    return new Rational(
        numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** {@code -this}. */
  public Rational negate() {
    return new Rational(numerator.negate(), denominator);
  }

  /** {@code this / 100}: "15 %" read as a number. */
  public Rational percent() {
    return dividedBy(HUNDRED);
  }

  /** Whether the value is a whole number. */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /** |this|. */
  public Rational abs() {
    return numerator.signum() < 0 ? negate() : this;
  }

  /** The value as a decimal, exact when it terminates, otherwise rounded to 12 places. */
  public BigDecimal toBigDecimal() {
    BigDecimal n = new BigDecimal(numerator);
    BigDecimal d = new BigDecimal(denominator);
    try {
      return n.divide(d).stripTrailingZeros();
    } catch (ArithmeticException nonTerminating) {
      return n.divide(d, new MathContext(20, RoundingMode.HALF_EVEN))
          .setScale(12, RoundingMode.HALF_EVEN)
          .stripTrailingZeros();
    }
  }

  /** Whether the value has a finite decimal expansion (the denominator has only 2s and 5s). */
  public boolean terminates() {
    BigInteger d = denominator;
    BigInteger two = BigInteger.TWO;
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(two).signum() == 0) {
      d = d.divide(two);
    }
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    return d.equals(BigInteger.ONE);
  }

  /** A plain reading: {@code 3/4}, {@code 12}, {@code -5/2}. */
  public String toFractionString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }

  /** A human reading: integers and terminating decimals as decimals, the rest as fractions. */
  public String toDisplayString() {
    if (isInteger()) {
      return numerator.toString();
    }
    return terminates() ? toBigDecimal().toPlainString() : toFractionString();
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public String toString() {
    return toFractionString();
  }
}
