package mx.aprende.content.math;

import java.math.BigDecimal;
import mx.aprende.content.ContentException;

/**
 * Evaluates the {@code compute} language of the authoring format exactly: integers, decimals with a
 * point, {@code + - * / ( )}, unary minus and a postfix {@code %} meaning "hundredths" ({@code "15%
 * * 240"} is 15/100 × 240).
 *
 * <p>Why a hand-written recursive-descent parser: the expression libraries on the classpath
 * candidates (exp4j, EvalEx, JEXL, the JDK's removed script engine) compute in {@code double} or
 * {@code BigDecimal} with a rounding context, so {@code 1/3 + 2/3} would not be exactly 1 and
 * answer checks would need tolerances. The grammar is six rules; exact rationals make "compute
 * equals answer" a plain equality.
 */
public final class ArithmeticExpression {
  private final String text;
  private int pos;

  private ArithmeticExpression(String text) {
    this.text = text;
  }

  /**
   * The exact value of {@code expression}.
   *
   * @throws ContentException when the expression is malformed or divides by zero, with the position
   *     of the problem
   */
  public static Rational evaluate(String expression) {
    ArithmeticExpression parser = new ArithmeticExpression(expression);
    Rational value = parser.sum();
    parser.skipSpaces();
    if (parser.pos != expression.length()) {
      throw parser.error("unexpected '" + expression.charAt(parser.pos) + "'");
    }
    return value;
  }

  private Rational sum() {
    Rational value = product();
    while (true) {
      char c = peek();
      if (c == '+') {
        pos++;
        value = value.plus(product());
      } else if (c == '-' || c == '−') {
        pos++;
        value = value.minus(product());
      } else {
        return value;
      }
    }
  }

  private Rational product() {
    Rational value = unary();
    while (true) {
      char c = peek();
      if (c == '*' || c == '×' || c == 'x') {
        pos++;
        value = value.times(unary());
      } else if (c == '/' || c == '÷') {
        pos++;
        Rational divisor = unary();
        if (divisor.numerator().signum() == 0) {
          throw error("division by zero");
        }
        value = value.dividedBy(divisor);
      } else {
        return value;
      }
    }
  }

  private Rational unary() {
    char c = peek();
    if (c == '-' || c == '−') {
      pos++;
      return unary().negate();
    }
    if (c == '+') {
      pos++;
      return unary();
    }
    Rational value = primary();
    while (peek() == '%') {
      pos++;
      value = value.percent();
    }
    return value;
  }

  private Rational primary() {
    char c = peek();
    if (c == '(') {
      pos++;
      Rational value = sum();
      if (peek() != ')') {
        throw error("missing ')'");
      }
      pos++;
      return value;
    }
    int start = pos;
    while (pos < text.length()
        && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
      pos++;
    }
    if (start == pos) {
      throw error(pos < text.length() ? "unexpected '" + text.charAt(pos) + "'" : "unexpected end");
    }
    try {
      return Rational.of(new BigDecimal(text.substring(start, pos)));
    } catch (NumberFormatException e) {
      throw error("bad number '" + text.substring(start, pos) + "'");
    }
  }

  private char peek() {
    skipSpaces();
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private ContentException error(String what) {
    return new ContentException("compute \"" + text + "\": " + what + " at position " + (pos + 1));
  }
}
