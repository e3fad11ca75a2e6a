package mx.aprende.bot.reminders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.region.QuietHours;
import mx.aprende.bot.templates.MessageTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProactiveRulesTest {

  private static final ProactiveRules RULES = new ProactiveRules(QuietHours.DEFAULT);

  /** Monday 30 November 2026 in every zone below (CDMX UTC−6, Cancún UTC−5, Tijuana UTC−8). */
  private static final Schedule MONDAY_18 =
      new Schedule(Set.of(DayOfWeek.MONDAY), LocalTime.of(18, 0));

  private static final Schedule TUESDAY_18 =
      new Schedule(Set.of(DayOfWeek.TUESDAY), LocalTime.of(18, 0));

  private static final MexicanState CDMX = MexicanState.CIUDAD_DE_MEXICO;
  private static final MexicanState QROO = MexicanState.QUINTANA_ROO;
  private static final MexicanState BC = MexicanState.BAJA_CALIFORNIA;

  /**
   * One row: a learner (state, last message, opted out), this feature's record, the instant, and
   * the message expected (empty for none).
   */
  record Case(
      String label,
      Optional<MexicanState> state,
      String lastInbound,
      boolean optedOut,
      Optional<Schedule> schedule,
      Optional<String> lastSent,
      int unanswered,
      int nudged,
      String now,
      Optional<MessageTemplate> expected) {

    @Override
    public String toString() {
      return label;
    }
  }

  static Case reminder(
      String label, MexicanState state, Schedule schedule, String now, boolean due) {
    return new Case(
        label,
        Optional.of(state),
        "2026-11-29T18:00:00Z",
        false,
        Optional.of(schedule),
        Optional.empty(),
        0,
        0,
        now,
        due ? Optional.of(MessageTemplate.STUDY_REMINDER) : Optional.empty());
  }

  static Case silent(
      String label,
      Optional<MexicanState> state,
      String lastInbound,
      Optional<String> lastSent,
      int unanswered,
      int nudged,
      String now,
      Optional<MessageTemplate> expected) {
    return new Case(
        label,
        state,
        lastInbound,
        false,
        Optional.empty(),
        lastSent,
        unanswered,
        nudged,
        now,
        expected);
  }

  static Stream<Case> cases() {
    Optional<MessageTemplate> none = Optional.empty();
    return Stream.of(
        reminder(
            "CDMX, Monday 18:00 local: reminder", CDMX, MONDAY_18, "2026-12-01T00:00:00Z", true),
        reminder(
            "CDMX, Monday 17:59 local: not yet", CDMX, MONDAY_18, "2026-11-30T23:59:00Z", false),
        reminder(
            "CDMX, 19:59 local: still in grace", CDMX, MONDAY_18, "2026-12-01T01:59:00Z", true),
        reminder(
            "CDMX, 20:00 local: too late today", CDMX, MONDAY_18, "2026-12-01T02:00:00Z", false),
        reminder(
            "Quintana Roo, same instant is 19:00: reminder",
            QROO,
            MONDAY_18,
            "2026-12-01T00:00:00Z",
            true),
        reminder(
            "Quintana Roo, 18:00 local is 23:00 UTC",
            QROO,
            MONDAY_18,
            "2026-11-30T23:00:00Z",
            true),
        reminder(
            "Baja California, same instant is 16:00: not yet",
            BC,
            MONDAY_18,
            "2026-12-01T00:00:00Z",
            false),
        reminder(
            "Baja California, 18:00 local is 02:00 UTC next day",
            BC,
            MONDAY_18,
            "2026-12-01T02:00:00Z",
            true),
        reminder(
            "Tuesday schedule on a Monday: nothing",
            CDMX,
            TUESDAY_18,
            "2026-12-01T00:00:00Z",
            false),
        new Case(
            "learner wrote an hour ago: no reminder",
            Optional.of(CDMX),
            "2026-11-30T23:00:00Z",
            false,
            Optional.of(MONDAY_18),
            Optional.empty(),
            0,
            0,
            "2026-12-01T00:00:00Z",
            none),
        new Case(
            "opted out: never",
            Optional.of(CDMX),
            "2026-11-20T18:00:00Z",
            true,
            Optional.of(MONDAY_18),
            Optional.empty(),
            0,
            0,
            "2026-12-01T00:00:00Z",
            none),
        silent(
            "two days silent, 08:00 CDMX: first nudge",
            Optional.of(CDMX),
            "2026-11-28T12:00:00Z",
            Optional.empty(),
            0,
            0,
            "2026-11-30T14:00:00Z",
            Optional.of(MessageTemplate.INACTIVE_2_DAYS)),
        silent(
            "two days silent, 07:59 CDMX: quiet hours",
            Optional.of(CDMX),
            "2026-11-28T12:00:00Z",
            Optional.empty(),
            0,
            0,
            "2026-11-30T13:59:00Z",
            none),
        silent(
            "unknown state uses Mexico City: 07:59 there is quiet",
            Optional.empty(),
            "2026-11-28T12:00:00Z",
            Optional.empty(),
            0,
            0,
            "2026-11-30T13:59:00Z",
            none),
        silent(
            "Quintana Roo 21:30 is quiet",
            Optional.of(QROO),
            "2026-11-27T12:00:00Z",
            Optional.empty(),
            0,
            0,
            "2026-12-01T02:30:00Z",
            none),
        silent(
            "same instant is 18:30 in Baja California: nudge",
            Optional.of(BC),
            "2026-11-27T12:00:00Z",
            Optional.empty(),
            0,
            0,
            "2026-12-01T02:30:00Z",
            Optional.of(MessageTemplate.INACTIVE_2_DAYS)),
        silent(
            "already sent today (Cancún: 00:30 local was today)",
            Optional.of(QROO),
            "2026-11-20T12:00:00Z",
            Optional.of("2026-12-01T05:30:00Z"),
            1,
            7,
            "2026-12-01T16:00:00Z",
            none),
        silent(
            "sent 23:30 yesterday in Tijuana: a new day",
            Optional.of(BC),
            "2026-11-20T12:00:00Z",
            Optional.of("2026-12-01T07:30:00Z"),
            1,
            2,
            "2026-12-01T16:00:00Z",
            Optional.of(MessageTemplate.INACTIVE_7_DAYS)),
        silent(
            "three unanswered: stop",
            Optional.of(CDMX),
            "2026-11-05T12:00:00Z",
            Optional.of("2026-11-25T15:00:00Z"),
            3,
            7,
            "2026-11-30T15:00:00Z",
            none),
        silent(
            "answered after the last send: counting starts again",
            Optional.of(CDMX),
            "2026-11-26T12:00:00Z",
            Optional.of("2026-11-25T15:00:00Z"),
            3,
            7,
            "2026-11-30T15:00:00Z",
            Optional.of(MessageTemplate.INACTIVE_2_DAYS)),
        silent(
            "seven days, two-day nudge sent: the seven-day one",
            Optional.of(CDMX),
            "2026-11-23T12:00:00Z",
            Optional.of("2026-11-25T15:00:00Z"),
            1,
            2,
            "2026-11-30T15:00:00Z",
            Optional.of(MessageTemplate.INACTIVE_7_DAYS)),
        silent(
            "nine days, seven-day nudge sent: nothing new",
            Optional.of(CDMX),
            "2026-11-21T12:00:00Z",
            Optional.of("2026-11-28T15:00:00Z"),
            2,
            7,
            "2026-11-30T15:00:00Z",
            none),
        silent(
            "21 days: the last nudge",
            Optional.of(CDMX),
            "2026-11-09T12:00:00Z",
            Optional.of("2026-11-16T15:00:00Z"),
            2,
            7,
            "2026-11-30T15:00:00Z",
            Optional.of(MessageTemplate.INACTIVE_21_DAYS)),
        silent(
            "30 days, never nudged: too late to start",
            Optional.of(CDMX),
            "2026-10-31T12:00:00Z",
            Optional.empty(),
            0,
            0,
            "2026-11-30T15:00:00Z",
            none),
        silent(
            "one day silent: nothing",
            Optional.of(CDMX),
            "2026-11-29T12:00:00Z",
            Optional.empty(),
            0,
            0,
            "2026-11-30T15:00:00Z",
            none));
  }

  /** Each row's learner, record and instant give the expected proactive message or none. */
  @ParameterizedTest
  @MethodSource("cases")
  void decides(Case row) {
    LearnerFacts learner =
        new LearnerFacts(
            "learner-1",
            Instant.parse(row.lastInbound()),
            row.optedOut(),
            row.state(),
            Optional.of("Ana"),
            Optional.empty(),
            Instant.parse(row.lastInbound()));
    ReminderState state =
        new ReminderState(
            "learner-1",
            row.schedule(),
            row.lastSent().map(Instant::parse),
            row.unanswered(),
            row.nudged(),
            Optional.empty());
    assertThat(
        RULES.due(learner, state, Instant.parse(row.now())).map(ProactiveRules.Due::template),
        is(row.expected()));
  }

  /**
   * One weekly-progress row: a learner in Mexico City first seen on {@code firstSeen} who last
   * wrote on Sunday 29 November, this feature's record, the instant, and the message expected.
   */
  record WeeklyCase(
      String label,
      String firstSeen,
      boolean optedOut,
      Optional<Schedule> schedule,
      Optional<String> lastSent,
      int unanswered,
      Optional<String> lastWeekly,
      String now,
      Optional<MessageTemplate> expected) {

    @Override
    public String toString() {
      return label;
    }
  }

  static WeeklyCase weekly(String label, String firstSeen, String now, boolean due) {
    return new WeeklyCase(
        label,
        firstSeen,
        false,
        Optional.empty(),
        Optional.empty(),
        0,
        Optional.empty(),
        now,
        due ? Optional.of(MessageTemplate.WEEKLY_PROGRESS) : Optional.empty());
  }

  static Stream<WeeklyCase> weeklyCases() {
    Optional<MessageTemplate> none = Optional.empty();
    Optional<MessageTemplate> progress = Optional.of(MessageTemplate.WEEKLY_PROGRESS);
    String mondayAt10 = "2026-11-30T16:00:00Z";
    return Stream.of(
        weekly(
            "first seen last Monday, Monday 10:00: due", "2026-11-23T17:00:00Z", mondayAt10, true),
        weekly("first seen last Tuesday: not due yet", "2026-11-24T16:00:00Z", mondayAt10, false),
        weekly("09:59 local: not yet", "2026-11-23T17:00:00Z", "2026-11-30T15:59:00Z", false),
        weekly("11:59 local: still in grace", "2026-11-23T17:00:00Z", "2026-11-30T17:59:00Z", true),
        weekly(
            "12:00 local: wait for tomorrow",
            "2026-11-23T17:00:00Z",
            "2026-11-30T18:00:00Z",
            false),
        weekly("missed a day: due the next day", "2026-11-20T17:00:00Z", mondayAt10, true),
        new WeeklyCase(
            "chosen time 07:00 is quiet hours: nothing",
            "2026-11-23T17:00:00Z",
            false,
            Optional.of(new Schedule(Set.of(DayOfWeek.MONDAY), LocalTime.of(7, 0))),
            Optional.empty(),
            0,
            Optional.empty(),
            "2026-11-30T13:30:00Z",
            none),
        new WeeklyCase(
            "chosen Monday 18:00: the weekly progress instead of the reminder",
            "2026-11-23T17:00:00Z",
            false,
            Optional.of(MONDAY_18),
            Optional.empty(),
            0,
            Optional.empty(),
            "2026-12-01T00:00:00Z",
            progress),
        new WeeklyCase(
            "chosen Tuesday: not on Monday",
            "2026-11-23T17:00:00Z",
            false,
            Optional.of(TUESDAY_18),
            Optional.empty(),
            0,
            Optional.empty(),
            mondayAt10,
            none),
        new WeeklyCase(
            "opted out: never",
            "2026-11-23T17:00:00Z",
            true,
            Optional.empty(),
            Optional.empty(),
            0,
            Optional.empty(),
            mondayAt10,
            none),
        new WeeklyCase(
            "already sent this week (Thursday): nothing",
            "2026-11-01T17:00:00Z",
            false,
            Optional.empty(),
            Optional.of("2026-11-26T16:00:00Z"),
            0,
            Optional.of("2026-11-26T16:00:00Z"),
            mondayAt10,
            none),
        new WeeklyCase(
            "last weekly a week ago: due again",
            "2026-11-01T17:00:00Z",
            false,
            Optional.empty(),
            Optional.of("2026-11-23T16:00:00Z"),
            0,
            Optional.of("2026-11-23T16:00:00Z"),
            mondayAt10,
            progress),
        new WeeklyCase(
            "daily cap: a message went out at 08:00 today",
            "2026-11-23T17:00:00Z",
            false,
            Optional.empty(),
            Optional.of("2026-11-30T14:00:00Z"),
            0,
            Optional.empty(),
            mondayAt10,
            none),
        new WeeklyCase(
            "three unanswered: stop",
            "2026-11-01T17:00:00Z",
            false,
            Optional.empty(),
            Optional.of("2026-11-29T19:00:00Z"),
            3,
            Optional.empty(),
            mondayAt10,
            none));
  }

  /** Each weekly row gives the weekly progress or nothing; nothing else is due in these rows. */
  @ParameterizedTest
  @MethodSource("weeklyCases")
  void decidesWeekly(WeeklyCase row) {
    LearnerFacts learner =
        new LearnerFacts(
            "learner-1",
            Instant.parse("2026-11-29T18:00:00Z"),
            row.optedOut(),
            Optional.of(CDMX),
            Optional.of("Ana"),
            Optional.empty(),
            Instant.parse(row.firstSeen()));
    ReminderState state =
        new ReminderState(
            "learner-1",
            row.schedule(),
            row.lastSent().map(Instant::parse),
            row.unanswered(),
            0,
            row.lastWeekly().map(Instant::parse));
    assertThat(
        RULES.due(learner, state, Instant.parse(row.now())).map(ProactiveRules.Due::template),
        is(row.expected()));
  }

  /** With nothing to report, the chosen reminder goes out where the weekly progress would have. */
  @Test
  void withoutProgressTheReminderGoesOut() {
    LearnerFacts learner =
        new LearnerFacts(
            "learner-1",
            Instant.parse("2026-11-29T18:00:00Z"),
            false,
            Optional.of(CDMX),
            Optional.of("Ana"),
            Optional.empty(),
            Instant.parse("2026-11-01T17:00:00Z"));
    ReminderState state =
        new ReminderState(
            "learner-1", Optional.of(MONDAY_18), Optional.empty(), 0, 0, Optional.empty());
    Instant mondayAt18 = Instant.parse("2026-12-01T00:00:00Z");
    assertThat(
        RULES.due(learner, state, mondayAt18).map(ProactiveRules.Due::template),
        is(Optional.of(MessageTemplate.WEEKLY_PROGRESS)));
    assertThat(
        RULES.dueWithoutWeekly(learner, state, mondayAt18).map(ProactiveRules.Due::template),
        is(Optional.of(MessageTemplate.STUDY_REMINDER)));
  }

  /** The candidates reach back 28 days of silence; the weekly figures count the last 7 days. */
  @Test
  void candidateAndWeekBounds() {
    Instant now = Instant.parse("2026-11-30T15:00:00Z");
    assertThat(Duration.between(ProactiveRules.nudgeHorizon(now), now), is(Duration.ofDays(28)));
    assertThat(Duration.between(ProactiveRules.weekBefore(now), now), is(Duration.ofDays(7)));
  }
}
