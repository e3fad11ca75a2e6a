package mx.aprende.bot.console.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

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
 * @param funnel learners at each stage, as of the end of the range
 * @param atRisk learners with progress who have not written for 14 days or more
 * @param calendar upcoming exam sessions at the centers in scope
 * @param results exam bookings and results per center and module, for sessions in the range
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
    List<ExamSlot> calendar,
    List<ExamResult> results) {

  public Dashboard {
    perDay = List.copyOf(perDay);
    modules = List.copyOf(modules);
    funnel = List.copyOf(funnel);
    atRisk = List.copyOf(atRisk);
    calendar = List.copyOf(calendar);
    results = List.copyOf(results);
  }

  /** This dashboard with the exam figures (and the funnel that includes their stages). */
  public Dashboard withExams(
      List<Stage> fullFunnel, List<ExamSlot> sessions, List<ExamResult> outcomes) {
    return new Dashboard(
        activeDay,
        activeWeek,
        activeMonth,
        signUps,
        messagesIn,
        messagesOut,
        exercises,
        correct,
        perDay,
        modules,
        fullFunnel,
        atRisk,
        sessions,
        outcomes);
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
  public record Stage(String name, OptionalLong count) {}

  /** A learner to nudge; the key is shown only to those who may act on it. */
  public record AtRisk(String learnerKey, Instant lastSeen, long answers) {}

  /**
   * One exam session in the calendar.
   *
   * @param date the local date at the center
   * @param time the local start time
   * @param center the center's name (its id when the center is unknown)
   * @param subject what is examined: a module's title or a level
   * @param taken seats booked
   * @param capacity seats in all
   */
  public record ExamSlot(
      LocalDate date, LocalTime time, String center, String subject, int taken, int capacity) {}

  /**
   * Bookings and results of one module's exam at one center.
   *
   * @param center the center's name (its id when the center is unknown)
   * @param module the module's title
   * @param booked bookings not cancelled
   * @param checkedIn learners who came (checked in, with or without a result yet)
   * @param passed passed
   * @param failed did not pass
   */
  public record ExamResult(
      String center, String module, long booked, long checkedIn, long passed, long failed) {

    /** Passed among those with a result, 0 to 100; empty before any result. */
    public OptionalInt passRate() {
      long graded = passed + failed;
      return graded == 0
          ? OptionalInt.empty()
          : OptionalInt.of((int) Math.round(100.0 * passed / graded));
    }
  }
}
