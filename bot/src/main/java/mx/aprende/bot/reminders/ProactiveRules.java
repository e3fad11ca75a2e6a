package mx.aprende.bot.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.region.QuietHours;
import mx.aprende.bot.templates.MessageTemplate;

/**
 * Whether the bot may write first to a learner now, and with which message. Pure: the caller passes
 * the learner, this feature's record and the instant.
 *
 * <p>In order: never to a learner who opted out; never after {@value #MAX_UNANSWERED} proactive
 * messages in a row without an answer (until the learner writes again); never in quiet hours in the
 * learner's state's time zone (Mexico City when the state is unknown); at most one a local day.
 * Then the weekly progress, once a local week has passed since the last one (or since the learner
 * first wrote): on a day of their reminder schedule from its time, else any day from {@code 10:00},
 * for up to two hours, and only when the caller has progress to report; else a reminder on a chosen
 * day from the chosen time for up to two hours (so a restart does not lose it, and a long outage
 * does not send it at a strange hour), unless the learner wrote in the last two hours; else the
 * nudge for 21, 7 or 2 days of silence, each at most once per silence, none after {@code 28} days.
 */
public final class ProactiveRules {

  /** The zone used when the learner's state is not known. */
  public static final ZoneId DEFAULT_ZONE = MexicanState.CIUDAD_DE_MEXICO.zone();

  static final int MAX_UNANSWERED = 3;
  private static final Duration REMINDER_GRACE = Duration.ofHours(2);
  private static final Duration RECENTLY_ACTIVE = Duration.ofHours(2);
  private static final Duration NUDGE_HORIZON = Duration.ofDays(28);
  private static final List<Integer> NUDGE_DAYS = List.of(21, 7, 2);
  private static final int WEEK_DAYS = 7;
  private static final LocalTime WEEKLY_AT = LocalTime.of(10, 0);

  /**
   * A proactive message to send.
   *
   * @param template which one
   * @param nudgeDays the inactivity nudge it is (2, 7 or 21), 0 for a reminder or weekly progress
   */
  public record Due(MessageTemplate template, int nudgeDays) {

    /** Whether this is the weekly progress, which the caller fills with the learner's figures. */
    public boolean weekly() {
      return template == MessageTemplate.WEEKLY_PROGRESS;
    }
  }

  private final QuietHours quietHours;

  public ProactiveRules(QuietHours quietHours) {
    this.quietHours = quietHours;
  }

  /** The learner's time zone: their state's, else Mexico City's. */
  public static ZoneId zoneOf(LearnerFacts learner) {
    return learner.state().map(MexicanState::zone).orElse(DEFAULT_ZONE);
  }

  /** The oldest last message still worth a nudge at {@code now}. */
  static Instant nudgeHorizon(Instant now) {
    return now.minus(NUDGE_HORIZON);
  }

  /** The earliest instant whose activity counts in a weekly progress sent at {@code now}. */
  static Instant weekBefore(Instant now) {
    return now.minus(Duration.ofDays(WEEK_DAYS));
  }

  /**
   * What to send to {@code learner} at {@code now}, if anything, counting on progress to report
   * should the weekly progress be due.
   */
  public Optional<Due> due(LearnerFacts learner, ReminderState state, Instant now) {
    return due(learner, state, now, true);
  }

  /**
   * What to send to {@code learner} at {@code now} when they have no progress to report this week:
   * anything but the weekly progress.
   */
  public Optional<Due> dueWithoutWeekly(LearnerFacts learner, ReminderState state, Instant now) {
    return due(learner, state, now, false);
  }

  private Optional<Due> due(
      LearnerFacts learner, ReminderState state, Instant now, boolean progressToReport) {
    ZoneId zone = zoneOf(learner);
    Instant lastInbound = learner.lastInbound();
    if (learner.optedOut()
        || state.unansweredSince(lastInbound) >= MAX_UNANSWERED
        || quietHours.isQuiet(now, zone)
        || sentToday(state, now, zone)) {
      return Optional.empty();
    }
    if (progressToReport && weeklyDue(learner, state, now, zone)) {
      return Optional.of(new Due(MessageTemplate.WEEKLY_PROGRESS, 0));
    }
    if (reminderDue(state, lastInbound, now, zone)) {
      return Optional.of(new Due(MessageTemplate.STUDY_REMINDER, 0));
    }
    return nudgeDue(state, lastInbound, now);
  }

  private static boolean sentToday(ReminderState state, Instant now, ZoneId zone) {
    return state
        .lastSent()
        .map(sent -> sent.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate()))
        .orElse(false);
  }

  private static boolean weeklyDue(
      LearnerFacts learner, ReminderState state, Instant now, ZoneId zone) {
    LocalDateTime local = now.atZone(zone).toLocalDateTime();
    LocalDate since = state.lastWeekly().orElse(learner.firstSeen()).atZone(zone).toLocalDate();
    if (local.toLocalDate().isBefore(since.plusDays(WEEK_DAYS))) {
      return false;
    }
    LocalTime at = WEEKLY_AT;
    if (state.schedule().isPresent()) {
      Schedule schedule = state.schedule().get();
      if (!schedule.days().contains(local.getDayOfWeek())) {
        return false;
      }
      at = schedule.at();
    }
    Instant from = local.toLocalDate().atTime(at).atZone(zone).toInstant();
    return !now.isBefore(from) && now.isBefore(from.plus(REMINDER_GRACE));
  }

  private static boolean reminderDue(
      ReminderState state, Instant lastInbound, Instant now, ZoneId zone) {
    if (state.schedule().isEmpty() || lastInbound.isAfter(now.minus(RECENTLY_ACTIVE))) {
      return false;
    }
    Schedule schedule = state.schedule().get();
    LocalDateTime local = now.atZone(zone).toLocalDateTime();
    if (!schedule.days().contains(local.getDayOfWeek())) {
      return false;
    }
    Instant from = local.toLocalDate().atTime(schedule.at()).atZone(zone).toInstant();
    return !now.isBefore(from) && now.isBefore(from.plus(REMINDER_GRACE));
  }

  private static Optional<Due> nudgeDue(ReminderState state, Instant lastInbound, Instant now) {
    if (lastInbound.isBefore(nudgeHorizon(now))) {
      return Optional.empty();
    }
    Duration silence = Duration.between(lastInbound, now);
    int alreadySent = state.nudgedSince(lastInbound);
    for (int days : NUDGE_DAYS) {
      if (silence.compareTo(Duration.ofDays(days)) >= 0) {
        return days > alreadySent ? Optional.of(new Due(nudge(days), days)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static MessageTemplate nudge(int days) {
    return switch (days) {
      case 2 -> MessageTemplate.INACTIVE_2_DAYS;
      case 7 -> MessageTemplate.INACTIVE_7_DAYS;
      default -> MessageTemplate.INACTIVE_21_DAYS;
    };
  }
}
