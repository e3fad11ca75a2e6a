package mx.aprende.engine;

/**
 * What a dashboard shows for one skill of one learner.
 *
 * @param probability the model's mastery estimate in [0, 1] (BKT: P(knows the skill))
 * @param mastered whether the skill counts as mastered (estimate at or above the threshold, or
 *     placed as known)
 * @param confidence how sure the engine is of the known/unknown verdict, in [0, 1]: {@code |2p −
 *     1|}, so 0 at p = 0.5 (no idea) and 1 at p = 0 or 1
 */
public record SkillMastery(double probability, boolean mastered, double confidence) {

  /** The dashboard view of an estimate {@code p}. */
  public static SkillMastery of(double p, boolean mastered) {
    return new SkillMastery(p, mastered, Math.abs(2 * p - 1));
  }
}
