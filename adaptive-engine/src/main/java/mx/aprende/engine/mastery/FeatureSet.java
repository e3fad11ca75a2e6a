package mx.aprende.engine.mastery;

/**
 * Which features a {@link LogisticModel} uses; each constant names a model from the literature.
 * Counts are the learner's earlier attempts only.
 */
public enum FeatureSet {
  /** Item response theory (Rasch): item difficulty only, plus a global intercept. */
  IRT("irt", true, false, CountKind.NONE, false, false),
  /** Performance factors analysis: skill intercept, raw per-skill success and failure counts. */
  PFA("pfa", false, true, CountKind.RAW_WINS_FAILS, false, false),
  /**
   * Best-LR (Gervet et al. 2020): item and skill intercepts, log(1 + count) of wins and attempts
   * per skill and over all skills.
   */
  BEST_LR("best-lr", true, true, CountKind.LOG_WINS_ATTEMPTS, true, false),
  /**
   * Best-LR plus recency: log counts of wins and attempts per skill within the last 3 and 10
   * attempts of that skill (DAS3H's time windows, in attempts since our data may lack time), and of
   * earlier wins and attempts on the same item.
   */
  BEST_LR_PLUS("best-lr+", true, true, CountKind.LOG_WINS_ATTEMPTS, true, true);

  /** How per-skill counts enter the model. */
  enum CountKind {
    NONE,
    RAW_WINS_FAILS,
    LOG_WINS_ATTEMPTS
  }

  /** Attempt windows of {@link #BEST_LR_PLUS}. */
  static final int[] WINDOWS = {3, 10};

  private final String modelName;
  private final boolean items;
  private final boolean skills;
  private final CountKind counts;
  private final boolean totals;
  private final boolean recency;

  FeatureSet(
      String modelName,
      boolean items,
      boolean skills,
      CountKind counts,
      boolean totals,
      boolean recency) {
    this.modelName = modelName;
    this.items = items;
    this.skills = skills;
    this.counts = counts;
    this.totals = totals;
    this.recency = recency;
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

  CountKind counts() {
    return counts;
  }

  boolean totals() {
    return totals;
  }

  boolean recency() {
    return recency;
  }
}
