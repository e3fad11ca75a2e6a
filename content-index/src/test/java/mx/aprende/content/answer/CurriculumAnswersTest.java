package mx.aprende.content.answer;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mx.aprende.content.Fixtures;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.CurriculumLoader;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.Misconception;
import org.junit.jupiter.api.Test;

/**
 * The checker agrees with the curriculum: each exercise's own answers typed back are correct, and
 * each wrong option and listed misconception is incorrect. Runs on the fixture, or on the
 * curriculum named by {@code -Daprende.golden.curriculum=DIR}.
 */
class CurriculumAnswersTest {
  private static final AnswerChecker CHECKER = new AnswerChecker();

  /** Canonical answers are correct; wrong options and misconceptions are incorrect. */
  @Test
  void checkerAgreesWithEveryExercise() {
    Path dir =
        Path.of(System.getProperty("aprende.golden.curriculum", Fixtures.curriculum().toString()));
    Curriculum curriculum = CurriculumLoader.load(dir).curriculum();
    List<String> failures = new ArrayList<>();
    for (Exercise exercise : curriculum.exercises()) {
      for (String typed : ownAnswers(exercise.answer())) {
        expect(failures, exercise, typed, Verdict.CORRECT);
      }
      for (String typed : wrongAnswers(exercise.answer())) {
        expect(failures, exercise, typed, Verdict.INCORRECT);
      }
    }
    assertThat(failures, is(empty()));
  }

  private static void expect(
      List<String> failures, Exercise exercise, String typed, Verdict verdict) {
    AnswerCheck check = CHECKER.check(exercise.answer(), typed);
    if (check.verdict() != verdict) {
      failures.add(
          exercise.id() + ": \"" + typed + "\" → " + check.verdict() + ", expected " + verdict);
    }
  }

  private static List<String> ownAnswers(Answer answer) {
    return switch (answer) {
      case Answer.TextAnswer text -> text.accepted();
      case Answer.Ordering ordering -> {
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= ordering.items().size(); i++) {
          positions.add(Integer.toString(i));
        }
        yield List.of(String.join(" ", positions), String.join(",", positions));
      }
      case Answer.TrueFalse trueFalse ->
          List.of(trueFalse.value() ? "verdadero" : "falso", trueFalse.value() ? "sí" : "no");
      case Answer.Choice choice ->
          List.of(choice.canonical(), AnswerChecker.optionId(choice.correct()));
      default -> List.of(answer.canonical());
    };
  }

  private static List<String> wrongAnswers(Answer answer) {
    return switch (answer) {
      case Answer.Choice choice -> {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < choice.options().size(); i++) {
          if (i != choice.correct()) {
            wrong.add(choice.options().get(i).text());
            wrong.add(AnswerChecker.optionId(i));
          }
        }
        yield wrong;
      }
      case Answer.NumberAnswer number ->
          number.misconceptions().stream().map(Misconception::answer).toList();
      case Answer.FractionAnswer fraction ->
          fraction.misconceptions().stream().map(Misconception::answer).toList();
      case Answer.TextAnswer text ->
          text.misconceptions().stream().map(Misconception::answer).toList();
      case Answer.TrueFalse trueFalse -> List.of(trueFalse.value() ? "falso" : "verdadero");
      case Answer.Ordering ignored -> List.of();
    };
  }
}
