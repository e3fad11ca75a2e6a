package mx.aprende.engine.policy;

import java.time.Instant;
import java.util.Optional;

/**
 * What the policy remembers about one skill of one learner, beside the model's mastery estimate.
 *
 * @param introduced whether the learner has had the lesson
 * @param placed whether placement classified the skill as already known
 * @param attempts practice attempts so far
 * @param lastPractice when the skill was last practised
 * @param reviewStreak consecutive successful reviews since mastery (spaces the next review)
 */
public record SkillProgress(
    boolean introduced,
    boolean placed,
    int attempts,
    Optional<Instant> lastPractice,
    int reviewStreak) {

  /** A skill the learner has not met. */
  public static final SkillProgress NEW = new SkillProgress(false, false, 0, Optional.empty(), 0);

  /** This progress with the lesson given. */
  public SkillProgress introduce() {
    return new SkillProgress(true, placed, attempts, lastPractice, reviewStreak);
  }

  /** This progress with placement's verdict "already known" recorded at {@code at}. */
  public SkillProgress place(Instant at) {
    return new SkillProgress(true, true, attempts, Optional.of(at), reviewStreak);
  }

  /**
   * This progress after an attempt at {@code at}; when the skill was mastered before the attempt, a
   * correct answer lengthens the review interval and a wrong one resets it. A wrong answer also
   * withdraws placement's "already known": from then on the model's mastery decides, so a skill
   * placement got wrong is taught instead of counting as mastered for ever.
   */
  public SkillProgress practise(Instant at, boolean correct, boolean wasMastered) {
    int streak = wasMastered ? (correct ? reviewStreak + 1 : 0) : reviewStreak;
    return new SkillProgress(introduced, placed && correct, attempts + 1, Optional.of(at), streak);
  }
}
