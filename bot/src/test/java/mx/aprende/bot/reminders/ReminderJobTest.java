package mx.aprende.bot.reminders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.region.QuietHours;
import mx.aprende.bot.reminders.mongo.MongoReminderStore;
import mx.aprende.bot.templates.FilledTemplate;
import mx.aprende.bot.templates.MessageTemplate;
import mx.aprende.bot.templates.ServiceWindow;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

class ReminderJobTest {

  private static final String ANA = "5215512345678";

  /** What the fake channel was asked to send. */
  record Sent(Instant at, MessageTemplate template, boolean windowOpen, String text) {}

  private final TestClock clock = new TestClock("2026-11-01T12:00:00Z");
  private final Map<String, LearnerFacts> learners = new LinkedHashMap<>();
  private final List<Sent> sent = new ArrayList<>();
  private final ReminderStore store = new MongoReminderStore(MongoTestSupport.freshDatabase());
  private final List<Instant> weeksAsked = new ArrayList<>();
  private Optional<WeeklySummary> week = Optional.empty();
  private final ReminderJob job =
      new ReminderJob(
          new MapDirectory(learners),
          store,
          new ProactiveRules(QuietHours.DEFAULT),
          this::record,
          ServiceWindow.WHATSAPP,
          this::week,
          clock);

  private Optional<WeeklySummary> week(String learnerKey, Instant from) {
    weeksAsked.add(from);
    return week;
  }

  private boolean record(String learnerKey, FilledTemplate message, boolean windowOpen) {
    sent.add(new Sent(clock.instant(), message.template(), windowOpen, message.text()));
    return true;
  }

  private void learner(String lastInbound, boolean optedOut) {
    learner(Instant.parse(lastInbound), Instant.parse(lastInbound), optedOut);
  }

  private void learner(Instant firstSeen, Instant lastInbound, boolean optedOut) {
    learners.put(
        ANA,
        new LearnerFacts(
            ANA,
            lastInbound,
            optedOut,
            Optional.of(MexicanState.CIUDAD_DE_MEXICO),
            Optional.of("Ana"),
            Optional.of("Sumar y restar"),
            firstSeen));
  }

  /** Runs the job hourly; Ana writes every day at 09:00 in CDMX (15:00 UTC) until {@code until}. */
  private void runHourlyWithAnaWriting(Duration span, Instant firstSeen, Instant until) {
    Instant end = clock.instant().plus(span);
    while (clock.instant().isBefore(end)) {
      Instant now = clock.instant();
      if (now.atZone(ZoneOffset.UTC).getHour() == 15 && !now.isAfter(until)) {
        learner(firstSeen, now, false);
      }
      job.runOnce();
      clock.advance(Duration.ofHours(1));
    }
  }

  private void runHourlyFor(Duration span) {
    Instant end = clock.instant().plus(span);
    while (clock.instant().isBefore(end)) {
      job.runOnce();
      clock.advance(Duration.ofHours(1));
    }
  }

  /** A silent learner gets the 2-, 7- and 21-day nudges at 08:00 in CDMX, as templates, no more. */
  @Test
  void silentLearnerGetsEachNudgeOnceOutsideQuietHours() {
    learner("2026-11-01T12:00:00Z", false);
    runHourlyFor(Duration.ofDays(30));
    assertThat(
        sent,
        is(
            List.of(
                new Sent(
                    Instant.parse("2026-11-03T14:00:00Z"),
                    MessageTemplate.INACTIVE_2_DAYS,
                    false,
                    "Hola, Ana. Te espera Sumar y restar en Aprende. Con unos minutos al día avanzas"
                        + " mucho. ¿Seguimos?"),
                new Sent(
                    Instant.parse("2026-11-08T14:00:00Z"),
                    MessageTemplate.INACTIVE_7_DAYS,
                    false,
                    MessageTemplate.INACTIVE_7_DAYS.fill("Ana", "Sumar y restar").text()),
                new Sent(
                    Instant.parse("2026-11-22T14:00:00Z"),
                    MessageTemplate.INACTIVE_21_DAYS,
                    false,
                    MessageTemplate.INACTIVE_21_DAYS.fill("Ana").text()))));
  }

  /**
   * Daily reminders: text while the window is open, a template once closed, one message a day, and
   * nothing after three unanswered until the learner writes again.
   */
  @Test
  void remindersStopAfterThreeUnansweredAndResumeWhenTheLearnerWrites() {
    clock.advance(Duration.between(clock.instant(), Instant.parse("2026-11-30T10:00:00Z")));
    learner("2026-11-30T10:00:00Z", false);
    store.schedule(
        ANA, Optional.of(new Schedule(EnumSet.allOf(DayOfWeek.class), LocalTime.of(18, 0))));
    runHourlyFor(Duration.ofDays(4));
    assertThat(
        sent.stream().map(s -> s.at() + " " + s.template() + " open=" + s.windowOpen()).toList(),
        is(
            List.of(
                "2026-12-01T00:00:00Z STUDY_REMINDER open=true",
                "2026-12-02T00:00:00Z STUDY_REMINDER open=false",
                "2026-12-02T14:00:00Z INACTIVE_2_DAYS open=false")));

    sent.clear();
    learner("2026-12-04T15:00:00Z", false); // Ana answers on Friday morning
    runHourlyFor(Duration.ofDays(1));
    assertThat(
        sent.stream().map(s -> s.at() + " " + s.template() + " open=" + s.windowOpen()).toList(),
        is(List.of("2026-12-05T00:00:00Z STUDY_REMINDER open=true")));
  }

  /** A learner who opted out gets nothing, reminders or nudges. */
  @Test
  void optedOutLearnerGetsNothing() {
    learner("2026-11-01T12:00:00Z", true);
    store.schedule(
        ANA, Optional.of(new Schedule(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0))));
    runHourlyFor(Duration.ofDays(10));
    assertThat(sent, is(empty()));
  }

  /** Two passes at the same instant (two instances) send once: the send is recorded first. */
  @Test
  void overlappingPassesSendOnce() {
    learner("2026-11-01T12:00:00Z", false);
    clock.advance(Duration.ofDays(2).plusHours(2));
    ReminderJob other =
        new ReminderJob(
            new MapDirectory(learners),
            store,
            new ProactiveRules(QuietHours.DEFAULT),
            this::record,
            ServiceWindow.WHATSAPP,
            this::week,
            clock);
    assertThat(job.runOnce() + other.runOnce(), is(1));
    assertThat(sent.size(), is(1));
  }

  /**
   * A learner studying every day gets one weekly progress in eight days, at 10:00 in CDMX on the
   * seventh day after she first wrote, as text (window open) with her week's figures; the next one
   * a week after that.
   */
  @Test
  void activeLearnerGetsOneWeeklyProgressInEightDays() {
    Instant firstSeen = Instant.parse("2026-11-30T15:00:00Z");
    clock.advance(Duration.between(clock.instant(), firstSeen));
    week = Optional.of(new WeeklySummary(12, 3, 8, "Los números"));
    runHourlyWithAnaWriting(Duration.ofDays(8), firstSeen, Instant.MAX);
    assertThat(
        sent,
        is(
            List.of(
                new Sent(
                    Instant.parse("2026-12-07T16:00:00Z"),
                    MessageTemplate.WEEKLY_PROGRESS,
                    true,
                    "Hola, Ana. Tu semana en Aprende: hiciste 12 ejercicios y ya dominas 3 de 8"
                        + " temas de Los números. ¡Sigue así!"))));
    assertThat(weeksAsked, is(List.of(Instant.parse("2026-11-30T16:00:00Z"))));

    sent.clear();
    runHourlyWithAnaWriting(Duration.ofDays(7), firstSeen, Instant.MAX);
    assertThat(
        sent.stream().map(s -> s.at() + " " + s.template()).toList(),
        is(List.of("2026-12-14T16:00:00Z WEEKLY_PROGRESS")));
  }

  /**
   * A learner who went quiet after Thursday gets the two-day nudge, then the weekly progress as the
   * approved template because her window has closed.
   */
  @Test
  void weeklyProgressIsATemplateOnceTheWindowClosed() {
    Instant firstSeen = Instant.parse("2026-11-30T15:00:00Z");
    clock.advance(Duration.between(clock.instant(), firstSeen));
    week = Optional.of(new WeeklySummary(5, 1, 8, "Los números"));
    runHourlyWithAnaWriting(Duration.ofDays(8), firstSeen, Instant.parse("2026-12-03T15:00:00Z"));
    assertThat(
        sent.stream().map(s -> s.at() + " " + s.template() + " open=" + s.windowOpen()).toList(),
        is(
            List.of(
                "2026-12-05T15:00:00Z INACTIVE_2_DAYS open=false",
                "2026-12-07T16:00:00Z WEEKLY_PROGRESS open=false")));
    assertThat(
        sent.getLast().text(),
        is(MessageTemplate.WEEKLY_PROGRESS.fill("Ana", "5", "1", "8", "Los números").text()));
  }

  /** A learner with nothing to report this week gets no weekly progress, and the job asks daily. */
  @Test
  void nothingToReportMeansNoWeeklyProgress() {
    Instant firstSeen = Instant.parse("2026-11-30T15:00:00Z");
    clock.advance(Duration.between(clock.instant(), firstSeen));
    runHourlyWithAnaWriting(Duration.ofDays(9), firstSeen, Instant.MAX);
    assertThat(sent, is(empty()));
    assertThat(weeksAsked.size(), is(4)); // 10:00 and 11:00 on the 7th and 8th days
  }

  /** Learners kept in a map, as the sessions collection would give them. */
  private record MapDirectory(Map<String, LearnerFacts> learners) implements LearnerDirectory {
    @Override
    public Optional<LearnerFacts> find(String learnerKey) {
      return Optional.ofNullable(learners.get(learnerKey));
    }

    @Override
    public List<LearnerFacts> silentBetween(Instant from, Instant to) {
      return learners.values().stream()
          .filter(l -> !l.optedOut())
          .filter(l -> !l.lastInbound().isBefore(from) && l.lastInbound().isBefore(to))
          .toList();
    }
  }
}
