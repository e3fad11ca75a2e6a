package mx.aprende.bot.console.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * The figures of one dashboard; every list is also a CSV table.
 *
 * @param activeDay learners who wrote in the last day
 * @param activeWeek … in the last 7 days
 * @param activeMonth … in the last 30 days
 * @param signUps learners whose first message falls in the range
 * @param messagesIn learner messages in the range
 * @param messagesOut messages sent to learners in the range
 * @param exercises answers to exercises in the range
 * @param correct correct answers among them
 * @param perDay messages and answers per day
 * @param modules answer accuracy distribution per module
 * @param funnel learners at each stage
 * @param atRisk learners with progress who have not written for 14 days or more
 * @param exams exam results by center, where the exams feature stored any
 */
public record Dashboard(
    long activeDay,
    long activeWeek,
    long activeMonth,
    long signUps,
    long messagesIn,
    long messagesOut,
    long exercises,
    long correct,
    List<Day> perDay,
    List<ModuleRow> modules,
    List<Stage> funnel,
    List<AtRisk> atRisk,
    List<ExamRow> exams) {

  public Dashboard {
    perDay = List.copyOf(perDay);
    modules = List.copyOf(modules);
    funnel = List.copyOf(funnel);
    atRisk = List.copyOf(atRisk);
    exams = List.copyOf(exams);
  }

  /** One day of activity; {@code day} is {@code yyyy-MM-dd} (UTC). */
  public record Day(String day, long messages, long answers) {}

  /**
   * Learners in a module by their share of correct answers.
   *
   * @param module the module's title
   * @param low under 50 % correct
   * @param middle 50 to 80 %
   * @param high 80 % or more
   */
  public record ModuleRow(String module, long low, long middle, long high) {}

  /** A funnel stage; {@code count} is empty when nothing records that stage yet. */
  public record Stage(String name, java.util.OptionalLong count) {}

  /** A learner to nudge; the key is shown only to those who may act on it. */
  public record AtRisk(String learnerKey, Instant lastSeen, long answers) {}

  /** Exam results at one center. */
  public record ExamRow(String center, long booked, long passed, long failed) {}
}
