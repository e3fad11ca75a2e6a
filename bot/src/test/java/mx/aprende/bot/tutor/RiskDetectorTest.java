package mx.aprende.bot.tutor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Risk messages as people type them, and look-alikes that are not risk. */
class RiskDetectorTest {

  /** Each message shows the expected kind of risk, or none (NONE). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ya no quiero vivir | SELF_HARM",
        "Me quiero morir 😢 | SELF_HARM",
        "me qiero morir | SELF_HARM",
        "a veces pienso en suisidarme | SELF_HARM",
        "mejor me muero, no entiendo nada | SELF_HARM",
        "voy a quitarme la vida | SELF_HARM",
        "me voy a matar | SELF_HARM",
        "quiero hacerme daño | SELF_HARM",
        "mi esposo me pega cuando llega | VIOLENCE",
        "me golpean en la casa | VIOLENCE",
        "mi suegra me amenaza | VIOLENCE",
        "lo voy a matar a ese | VIOLENCE",
        "mi tio abuso de mi | ABUSE",
        "abusaron de mi de niña | ABUSE",
        "mi jefe me acosa | ABUSE",
        "mi pareja me maltrata | ABUSE",
        "me pagan cada quincena | NONE",
        "como se saca el promedio | NONE",
        "que es la violencia familiar segun la leccion | NONE",
        "me muero de hambre jaja | NONE",
        "esta leccion me mata de risa | NONE",
        "me toca pagar la renta | NONE",
        "el perro se murio de viejo en el cuento | NONE",
        "ya no quiero ver fracciones | NONE"
      })
  void detectsRiskWithoutFalseAlarms(String message, String expected) {
    Optional<RiskDetector.Kind> kind =
        expected.equals("NONE")
            ? Optional.empty()
            : Optional.of(RiskDetector.Kind.valueOf(expected));
    assertThat(message, RiskDetector.detect(message), is(kind));
  }
}
