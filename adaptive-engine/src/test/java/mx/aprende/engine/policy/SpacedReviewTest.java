package mx.aprende.engine.policy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpacedReviewTest {

  static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");
  static final SpacedReview REVIEW = SpacedReview.daily(InstantSource.fixed(NOW));

  static Stream<Arguments> intervals() {
    return Stream.of(
        Arguments.of(0, Duration.ofDays(1)),
        Arguments.of(1, Duration.ofDays(2)),
        Arguments.of(3, Duration.ofDays(8)),
        Arguments.of(40, Duration.ofDays(1024)));
  }

  /** The interval doubles with each successful review, capped at 2^10 days. */
  @ParameterizedTest(name = "streak {0} -> {1}")
  @MethodSource("intervals")
  void intervalDoublesWithStreak(int streak, Duration interval) {
    SkillProgress p = new SkillProgress(true, false, 3, Optional.of(NOW), streak);
    assertThat(REVIEW.dueAt(p), is(Optional.of(NOW.plus(interval))));
  }

  private static LearnerState practised(String skill, Duration ago) {
    return LearnerState.fresh("l")
        .withLesson(skill)
        .withAttempt(Attempt.of(Item.of("i", skill), true), NOW.minus(ago), Set.of());
  }

  /** A due review is done now while the learner is in the conversation. */
  @Test
  void dueReviewHappensNow() {
    LearnerState s = practised("A", Duration.ofHours(30));
    assertThat(
        REVIEW.plan(s, k -> true, NOW.plus(Duration.ofHours(20))),
        is(new SpacedReview.Plan.ReviewNow(List.of("A"))));
  }

  /** A review due after the 24-hour window closes makes the bot ask for a time. */
  @Test
  void reviewAfterWindowAsksForTime() {
    LearnerState s = practised("A", Duration.ofHours(1));
    assertThat(
        REVIEW.plan(s, k -> true, NOW.plus(Duration.ofHours(10))),
        is(new SpacedReview.Plan.AskForTime(NOW.plus(Duration.ofHours(23)))));
  }

  /** A review due before the window closes can be reminded at its time. */
  @Test
  void reviewInsideWindowIsReminded() {
    LearnerState s = practised("A", Duration.ofHours(20));
    assertThat(
        REVIEW.plan(s, k -> true, NOW.plus(Duration.ofHours(10))),
        is(new SpacedReview.Plan.RemindAt(NOW.plus(Duration.ofHours(4)))));
  }

  /** Skills not mastered are never scheduled for review. */
  @Test
  void unmasteredSkillsAreNotScheduled() {
    LearnerState s = practised("A", Duration.ofDays(5));
    assertThat(
        REVIEW.plan(s, k -> false, NOW.plus(Duration.ofHours(10))),
        is(new SpacedReview.Plan.NothingScheduled()));
  }
}
