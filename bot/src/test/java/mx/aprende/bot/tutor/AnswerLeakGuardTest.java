package mx.aprende.bot.tutor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.content.answer.AnswerChecker;
import mx.aprende.content.curriculum.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Replies checked against an exercise's answer with the same checker that marks learners. */
class AnswerLeakGuardTest {

  private static final AnswerLeakGuard GUARD = new AnswerLeakGuard(new AnswerChecker());

  /**
   * Exercise {@code exercise}'s answer is (or is not) given away by {@code reply}, in any form the
   * checker accepts.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fracciones-sumar-01 | Es 3/4. | true",
        "fracciones-sumar-01 | Son tres cuartos, ¿ves? | true",
        "fracciones-sumar-01 | Da 0.75 si lo pasas a decimal. | true",
        "fracciones-sumar-01 | Suma los numeradores: ¿cuánto es 1 + 2? | false",
        "fracciones-sumar-01 | Mira: 1/4 y 2/4 tienen el mismo denominador. | false",
        "fracciones-sumar-01 | El denominador se queda igual, ¿cuál es? | false"
      })
  void repliesGivingTheAnswerAwayAreCaught(String exercise, String reply, boolean leaks) {
    Answer answer = TestBots.curriculum().exercise(exercise).orElseThrow().answer();
    assertThat(reply, GUARD.leaks(reply, answer), is(leaks));
  }

  /** Text and choice answers are caught by their words; the wrong option is not a leak. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "La respuesta es Guadalajara. | true",
        "Piensa en la capital de Jalisco. | false",
        "Es Monterey, ¿no? | false"
      })
  void textAnswersAreCaughtByTheirWords(String reply, boolean leaks) {
    Answer answer = new Answer.TextAnswer(List.of("Guadalajara"), List.of());
    assertThat(reply, GUARD.leaks(reply, answer), is(leaks));
  }
}
