package mx.aprende.bot.console.flags;

import java.time.InstantSource;
import java.time.format.DateTimeFormatter;
import mx.aprende.bot.exam.ExamProblem;
import mx.aprende.bot.exam.ExamProblems;

/**
 * Exam problems as flags in the tutor queue, all with reason {@link Reason#EXAM}: how severe each
 * kind is and the short note tutors read. A learner who writes about an exam problem is flagged by
 * {@link FlagRules} instead (it is a turn rule).
 *
 * <table>
 *   <caption>Severity by problem</caption>
 *   <tr><th>problem</th><th>severity</th></tr>
 *   <tr><td>failed the same module twice or more</td><td>high</td></tr>
 *   <tr><td>a booking failed on our side (storage)</td><td>high</td></tr>
 *   <tr><td>no-show</td><td>normal</td></tr>
 *   <tr><td>the session was full or closed when they tried</td><td>low</td></tr>
 * </table>
 */
public final class ExamFlags implements ExamProblems {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final FlagStore flags;
  private final InstantSource clock;

  public ExamFlags(FlagStore flags, InstantSource clock) {
    this.flags = flags;
    this.clock = clock;
  }

  @Override
  public void raise(ExamProblem problem) {
    flags.raise(
        problem.learnerKey(), Reason.EXAM, severity(problem), detail(problem), clock.instant());
  }

  /** How soon a person should look at {@code problem}. */
  public static Severity severity(ExamProblem problem) {
    return switch (problem) {
      case ExamProblem.FailedAgain failed -> Severity.HIGH;
      case ExamProblem.NoShow noShow -> Severity.NORMAL;
      case ExamProblem.BookingFailed failed ->
          switch (failed.why()) {
            case ERROR -> Severity.HIGH;
            case FULL, UNAVAILABLE -> Severity.LOW;
          };
    };
  }

  /** What the tutor reads in the queue (no personal data: the flag already names the learner). */
  public static String detail(ExamProblem problem) {
    return switch (problem) {
      case ExamProblem.FailedAgain f ->
          "No aprobó el examen de "
              + f.moduleTitle()
              + " por "
              + f.failures()
              + "ª vez. Conviene acompañar su repaso antes de otra cita.";
      case ExamProblem.NoShow n ->
          "No se presentó a su examen de "
              + n.moduleTitle()
              + " del "
              + DAY.format(n.date())
              + " en "
              + n.centerName()
              + ".";
      case ExamProblem.BookingFailed b ->
          switch (b.why()) {
            case FULL -> "Quiso apartar un examen que se llenó (" + b.sessionId() + ").";
            case UNAVAILABLE ->
                "Quiso apartar un examen que ya no acepta citas (" + b.sessionId() + ").";
            case ERROR ->
                "No se pudo guardar su cita por una falla nuestra (" + b.sessionId() + ").";
          };
    };
  }
}
