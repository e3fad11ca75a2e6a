package mx.aprende.bot.guide;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkedTextTest {
  /**
   * WhatsApp marks become styles (B bold, I italic, S struck) and disappear; marks that WhatsApp
   * would not format stay as written.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          *hola* => [B]hola
          Lee *despacio* ya => Lee |[B]despacio| ya
          _calma_ => [I]calma
          ~tachado~ => [S]tachado
          *_ambos_* => [BI]ambos
          *negrita _y cursiva_* => [B]negrita |[BI]y cursiva
          3 * 4 * 5 => 3 * 4 * 5
          nombre_de_archivo => nombre_de_archivo
          *sin cerrar => *sin cerrar
          * espacios * => * espacios *
          2*3*4 => 2*3*4
          ¡*Muy bien*! => ¡|[B]Muy bien|!
          """)
  void marksBecomeStyles(String text, String expected) {
    assertThat(describe(MarkedText.parse(text)), is(expected));
  }

  private static String describe(List<MarkedText.Run> runs) {
    return runs.stream()
        .map(
            run -> {
              String styles =
                  (run.bold() ? "B" : "") + (run.italic() ? "I" : "") + (run.strike() ? "S" : "");
              return (styles.isEmpty() ? "" : "[" + styles + "]") + run.text();
            })
        .collect(Collectors.joining("|"));
  }
}
