package mx.aprende.content.math;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import mx.aprende.content.ContentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArithmeticExpressionTest {
  /** Expressions evaluate exactly, with precedence, parentheses, unary minus and percent. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1/4 + 2/4 | 3/4",
        "1/3 + 2/3 | 1",
        "15% * 240 | 36",
        "2 * (3 + 4) | 14",
        "2 * 3 + 4 | 10",
        "-3 + 5 | 2",
        "-(1/2) | -1/2",
        "0.1 + 0.2 | 3/10",
        "100 - 20 - 30 | 50",
        "60 / 4 / 3 | 5",
        "450 / 3 * 5 | 750",
        "3 × 4 ÷ 6 | 2",
        "12.5 | 25/2",
        "50% | 1/2",
      })
  void evaluatesExactly(String expression, String expected) {
    assertThat(ArithmeticExpression.evaluate(expression).toFractionString(), is(expected));
  }

  /** Malformed expressions and division by zero fail with the position. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1 + | unexpected end",
        "2 * (3 + 4 | missing ')'",
        "5 / 0 | division by zero",
        "3 $ 4 | unexpected '$'"
      })
  void rejectsMalformed(String expression, String message) {
    ContentException e =
        assertThrows(ContentException.class, () -> ArithmeticExpression.evaluate(expression));
    assertThat(e.getMessage(), containsString(message));
  }

  /** Author-written literals: fractions, mixed numbers, money, units. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3/4 | 3/4",
        "1 1/2 | 3/2",
        "$1,500.00 | 1500",
        "150 pesos | 150",
        "12.5 | 25/2",
        "25% | 25",
        "-3 | -3",
        "24 m² | 24"
      })
  void readsLiterals(String text, String expected) {
    assertThat(NumericLiteral.parse(text).orElseThrow().toFractionString(), is(expected));
  }

  /** A quantity is a number with at most a short unit, not a number inside a phrase. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12 m² | true",
        "150 pesos | true",
        "3/4 | true",
        "14 de febrero | false",
        "5 kilos de masa | false"
      })
  void tellsQuantitiesFromPhrases(String text, boolean quantity) {
    assertThat(NumericLiteral.parseQuantity(text).isPresent(), is(quantity));
  }

  /** Text that is not one number is not a literal. */
  @ParameterizedTest
  @CsvSource({"Salir si hay peligro", "3 y 4", "'1,50'", "'2/0'"})
  void rejectsNonLiterals(String text) {
    assertThat(NumericLiteral.parse(text).isPresent(), is(false));
  }
}
