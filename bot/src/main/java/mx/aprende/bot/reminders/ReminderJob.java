package mx.aprende.bot.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.templates.FilledTemplate;
import mx.aprende.bot.templates.MessageTemplate;
import mx.aprende.bot.templates.ServiceWindow;

/**
 * One pass over the learners who may be due a proactive message: those with a reminder schedule and
 * those who wrote in the last four weeks (weekly progress, nudges). The weekly progress is filled
 * from {@link WeeklyProgress}; a learner with nothing to report gets whatever else is due instead.
 * Run it every minute (the composition root schedules it); each pass reads the injected clock once.
 * A message is recorded before it is sent, so two instances or an overlapping pass never send it
 * twice; a failed send is not retried that day.
 */
public final class ReminderJob implements Runnable {

  private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

  /** A learner's message may be stamped a little after our clock; they still wrote "now". */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private final LearnerDirectory learners;
  private final ReminderStore store;
  private final ProactiveRules rules;
  private final ProactiveSender sender;
  private final ServiceWindow window;
  private final WeeklyProgress progress;
  private final InstantSource clock;

  public ReminderJob(
      LearnerDirectory learners,
      ReminderStore store,
      ProactiveRules rules,
      ProactiveSender sender,
      ServiceWindow window,
      WeeklyProgress progress,
      InstantSource clock) {
    this.learners = learners;
    this.store = store;
    this.rules = rules;
    this.sender = sender;
    this.window = window;
    this.progress = progress;
    this.clock = clock;
  }

  /** Runs one pass, logging instead of throwing so a scheduled executor keeps calling it. */
  @Override
  public void run() {
    try {
      runOnce();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reminder pass failed; the next one retries", e);
    }
  }

  /**
   * One pass at the clock's instant.
   *
   * @return how many messages were sent
   */
  public int runOnce() {
    Instant now = clock.instant();
    Map<String, LearnerFacts> candidates = new LinkedHashMap<>();
    for (String key : store.scheduled()) {
      learners.find(key).ifPresent(learner -> candidates.put(key, learner));
    }
    for (LearnerFacts learner :
        learners.silentBetween(ProactiveRules.nudgeHorizon(now), now.plus(CLOCK_SKEW))) {
      candidates.putIfAbsent(learner.learnerKey(), learner);
    }
    int sent = 0;
    for (LearnerFacts learner : candidates.values()) {
      if (consider(learner, now)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean consider(LearnerFacts learner, Instant now) {
    ReminderState state =
        store.find(learner.learnerKey()).orElseGet(() -> ReminderState.none(learner.learnerKey()));
    Optional<ProactiveRules.Due> due = rules.due(learner, state, now);
    Optional<WeeklySummary> week = Optional.empty();
    if (due.isPresent() && due.get().weekly()) {
      week = progress.since(learner.learnerKey(), ProactiveRules.weekBefore(now));
      if (week.isEmpty()) {
        due = rules.dueWithoutWeekly(learner, state, now);
      }
    }
    if (due.isEmpty()) {
      return false;
    }
    ReminderState next =
        due.get().weekly()
            ? state.sentWeekly(now, learner.lastInbound())
            : state.sent(now, learner.lastInbound(), due.get().nudgeDays());
    if (!store.recordSend(next, state.lastSent())) {
      return false;
    }
    FilledTemplate message =
        week.isPresent() ? weekly(week.get(), learner) : fill(due.get().template(), learner);
    return sender.send(
        learner.learnerKey(), message, window.allowsFreeForm(learner.lastInbound(), now));
  }

  private static FilledTemplate weekly(WeeklySummary week, LearnerFacts learner) {
    return MessageTemplate.WEEKLY_PROGRESS.fill(
        learner.firstName().orElse(""),
        String.valueOf(week.exercises()),
        String.valueOf(week.mastered()),
        String.valueOf(week.skills()),
        week.module());
  }

  private static FilledTemplate fill(MessageTemplate template, LearnerFacts learner) {
    String name = learner.firstName().orElse("");
    String topic = learner.topic().orElse(MessageTemplate.ANY_TOPIC);
    return template.parameters().size() == 1 ? template.fill(name) : template.fill(name, topic);
  }
}
