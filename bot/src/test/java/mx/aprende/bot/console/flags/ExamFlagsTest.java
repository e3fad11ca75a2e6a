package mx.aprende.bot.console.flags;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import mx.aprende.bot.console.mongo.MongoFlagStore;
import mx.aprende.bot.exam.ExamProblem;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exam problems become exam flags in the tutor queue, each kind with its severity and note. */
class ExamFlagsTest {

  private static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of(
            new ExamProblem.FailedAgain("k", "Fracciones", 2), Severity.HIGH, "por 2ª vez"),
        Arguments.of(
            new ExamProblem.NoShow("k", "Fracciones", "Plaza Centro", LocalDate.of(2026, 12, 5)),
            Severity.NORMAL,
            "No se presentó a su examen de Fracciones del 05/12/2026 en Plaza Centro."),
        Arguments.of(
            new ExamProblem.BookingFailed("k", "s1", ExamProblem.Why.ERROR),
            Severity.HIGH,
            "falla nuestra"),
        Arguments.of(
            new ExamProblem.BookingFailed("k", "s1", ExamProblem.Why.FULL),
            Severity.LOW,
            "se llenó"),
        Arguments.of(
            new ExamProblem.BookingFailed("k", "s1", ExamProblem.Why.UNAVAILABLE),
            Severity.LOW,
            "ya no acepta citas"));
  }

  /** Each row: a problem → the severity it gets and words of the note tutors read. */
  @ParameterizedTest
  @MethodSource("problems")
  void severityAndNote(ExamProblem problem, Severity severity, String note) {
    assertThat(ExamFlags.severity(problem), is(severity));
    assertThat(ExamFlags.detail(problem), containsString(note));
  }

  /**
   * A raised problem is an open exam flag of that learner; a second one counts on the same flag.
   */
  @Test
  void raisesExamFlagsInTheQueue() {
    MongoFlagStore store = new MongoFlagStore(MongoTestSupport.freshDatabase());
    ExamFlags flags = new ExamFlags(store, () -> NOW);
    flags.raise(new ExamProblem.BookingFailed("learner-1", "s1", ExamProblem.Why.FULL));
    flags.raise(new ExamProblem.FailedAgain("learner-1", "Fracciones", 2));
    List<Flag> raised = store.ofLearner("learner-1");
    assertThat(raised.size(), is(1));
    Flag flag = raised.getFirst();
    assertThat(flag.reason(), is(Reason.EXAM));
    assertThat(flag.status(), is(Status.OPEN));
    assertThat(flag.count(), is(2));
    // The more severe of the two problems wins.
    assertThat(flag.severity(), is(Severity.HIGH));
  }
}
