package mx.aprende.engine.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Spaced review of mastered skills: a mastered skill falls due {@code firstInterval × 2^streak}
 * after it was last practised, where the streak counts consecutive successful reviews (a wrong
 * review resets it, so the interval shrinks back). The clock is injected.
 *
 * <p>WhatsApp only lets the bot write freely within 24 hours of the learner's last message, so a
 * review cannot simply be sent when it falls due. {@link #plan} tells the bot, while the window is
 * open, whether to review now or to ask the learner when to meet again.
 */
public final class SpacedReview {

  private final InstantSource clock;
  private final Duration firstInterval;

  /** Reviews spaced from {@code firstInterval}, reading the time from {@code clock}. */
  public SpacedReview(InstantSource clock, Duration firstInterval) {
    this.clock = clock;
    this.firstInterval = firstInterval;
  }

  /** One day first, then 2, 4, 8... days. */
  public static SpacedReview daily(InstantSource clock) {
    return new SpacedReview(clock, Duration.ofDays(1));
  }

  /** When a mastered skill with this progress falls due; empty when it was never practised. */
  public Optional<Instant> dueAt(SkillProgress progress) {
    int doublings = Math.min(progress.reviewStreak(), 10);
    return progress.lastPractice().map(t -> t.plus(firstInterval.multipliedBy(1L << doublings)));
  }

  /** Mastered skills whose review is due now, most overdue first. */
  public List<String> due(LearnerState state, Predicate<String> mastered) {
    Instant now = clock.instant();
    return state.skills().entrySet().stream()
        .filter(e -> mastered.test(e.getKey()))
        .filter(e -> dueAt(e.getValue()).map(d -> !d.isAfter(now)).orElse(false))
        .sorted(
            Comparator.comparing(
                    (java.util.Map.Entry<String, SkillProgress> e) ->
                        dueAt(e.getValue()).orElseThrow())
                .thenComparing(java.util.Map.Entry::getKey))
        .map(java.util.Map.Entry::getKey)
        .toList();
  }

  /** The earliest future review among mastered skills; empty when none is scheduled. */
  public Optional<Instant> next(LearnerState state, Predicate<String> mastered) {
    return state.skills().entrySet().stream()
        .filter(e -> mastered.test(e.getKey()))
        .map(e -> dueAt(e.getValue()))
        .flatMap(Optional::stream)
        .min(Comparator.naturalOrder());
  }

  /** What the bot should do about reviews while the conversation window is open. */
  public sealed interface Plan {
    /** Reviews are due now: do them while the learner is here. */
    record ReviewNow(List<String> skills) implements Plan {}

    /** The next review falls after the window closes: ask the learner when to meet. */
    record AskForTime(Instant due) implements Plan {}

    /** The next review falls inside the open window: the bot may remind then. */
    record RemindAt(Instant due) implements Plan {}

    /** No mastered skill yet. */
    record NothingScheduled() implements Plan {}
  }

  /** The review plan for a learner whose 24-hour window closes at {@code windowClosesAt}. */
  public Plan plan(LearnerState state, Predicate<String> mastered, Instant windowClosesAt) {
    List<String> due = due(state, mastered);
    if (!due.isEmpty()) {
      return new Plan.ReviewNow(due);
    }
    Optional<Instant> next = next(state, mastered);
    if (next.isEmpty()) {
      return new Plan.NothingScheduled();
    }
    return next.get().isBefore(windowClosesAt)
        ? new Plan.RemindAt(next.get())
        : new Plan.AskForTime(next.get());
  }
}
