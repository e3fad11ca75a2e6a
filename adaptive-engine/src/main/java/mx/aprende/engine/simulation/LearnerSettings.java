package mx.aprende.engine.simulation;

/**
 * How simulated learners behave.
 *
 * @param learnMin lowest per-learner P(learn) of an unknown skill at a lesson or practice whose
 *     prerequisites are known
 * @param learnMax highest such P(learn); each learner draws one uniformly in between
 * @param forgetPerDay forgetting hazard per day of a skill practised once; each practice while
 *     known divides it further (1 / (1 + practices)), so spaced practice makes memories last
 * @param noviceShare share of learners who start knowing none of the module
 * @param headStartMin lowest P(knows a skill | knows its prerequisites) of the other learners
 * @param headStartMax highest such probability
 */
public record LearnerSettings(
    double learnMin,
    double learnMax,
    double forgetPerDay,
    double noviceShare,
    double headStartMin,
    double headStartMax) {

  /** Rejects values that are not probabilities or rates. */
  public LearnerSettings {
    if (!(0 <= learnMin && learnMin <= learnMax && learnMax <= 1)
        || !(forgetPerDay >= 0)
        || !(0 <= noviceShare && noviceShare <= 1)
        || !(0 <= headStartMin && headStartMin <= headStartMax && headStartMax <= 1)) {
      throw new IllegalArgumentException("bad learner settings");
    }
  }

  /**
   * P(learn) 0.15–0.35, forgetting 0.02/day at first, a quarter of novices, the rest knowing each
   * skill (whose prerequisites they know) with probability 0.2–0.95.
   */
  public static LearnerSettings standard() {
    return new LearnerSettings(0.15, 0.35, 0.02, 0.25, 0.2, 0.95);
  }

  /** P(correct | the item's skills are unknown) for an item of {@code difficulty} 1–5. */
  public double guess(int difficulty) {
    return Math.clamp(0.30 - 0.05 * (difficulty - 1), 0.10, 0.30);
  }

  /** P(wrong | the item's skills are known) for an item of {@code difficulty} 1–5. */
  public double slip(int difficulty) {
    return Math.clamp(0.05 + 0.03 * (difficulty - 1), 0.05, 0.17);
  }
}
