package mx.aprende.engine.mastery;

/**
 * Which features a {@link LogisticModel} uses; each constant names a model from the literature.
 * Counts are the learner's earlier attempts only.
 */
public enum FeatureSet {
  /** Item response theory (Rasch): item difficulty only, plus a global intercept. */
  IRT("irt", true, false, Counts.NONE, false),
  /** Performance factors analysis: skill intercept, raw per-skill success and failure counts. */
  PFA("pfa", false, true, Counts.RAW_WINS_FAILS, false),
  /**
   * Best-LR (Gervet et al. 2020): item and skill intercepts, log(1 + count) of wins and attempts
   * per skill and over all skills.
   */
  BEST_LR("best-lr", true, true, Counts.LOG_WINS_ATTEMPTS, true);

  /** How per-skill counts enter the model. */
  enum Counts {
    NONE,
    RAW_WINS_FAILS,
    LOG_WINS_ATTEMPTS
  }

  private final String modelName;
  private final boolean items;
  private final boolean skills;
  private final Counts counts;
  private final boolean totals;

  FeatureSet(String modelName, boolean items, boolean skills, Counts counts, boolean totals) {
    this.modelName = modelName;
    this.items = items;
    this.skills = skills;
    this.counts = counts;
    this.totals = totals;
  }

  /** The model name used on the command line. */
  public String modelName() {
    return modelName;
  }

  boolean items() {
    return items;
  }

  boolean skills() {
    return skills;
  }

  Counts counts() {
    return counts;
  }

  boolean totals() {
    return totals;
  }
}
