package mx.aprende.bot.conversation;

import java.time.Duration;
import java.time.Instant;
import mx.aprende.engine.policy.Activity;

/**
 * Port: the adaptive engine as the conversation uses it. Every answer to a practice exercise is
 * recorded, so mastery follows the learner turn by turn.
 */
public interface LearnerModel extends NextActivity {

  /** The lesson of {@code skill} was given to the learner. */
  void lessonGiven(String learnerKey, String skill);

  /**
   * Records the first answer to {@code exerciseId} and returns what comes next in its module.
   *
   * @param hintsUsed hints seen before answering
   * @param responseTime from showing the exercise to the answer
   * @param answeredAt when the learner sent the answer (the turn's time: a re-run of the same turn
   *     records the same attempt, which the engine then counts once)
   */
  Activity record(
      String learnerKey,
      String exerciseId,
      boolean correct,
      int hintsUsed,
      Duration responseTime,
      Instant answeredAt);

  /** Whether the learner has mastered {@code skill}. */
  boolean mastered(String learnerKey, String skill);
}
