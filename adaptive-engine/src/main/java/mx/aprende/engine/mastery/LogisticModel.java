package mx.aprende.engine.mastery;

import java.util.HashMap;
import java.util.Map;

/**
 * A logistic knowledge-tracing model: P(correct) = σ(w · x) where x holds the features chosen by a
 * {@link FeatureSet} (item and skill intercepts, counts of the learner's earlier wins and
 * attempts). Items and skills unseen in training contribute nothing (their weight is the prior
 * mean, 0).
 *
 * <p>Weight layout: {@code [bias | item... | skill... | skillWins... | skillOther... | totalWins,
 * totalOther]}, where "other" is attempts (Best-LR) or failures (PFA).
 */
public final class LogisticModel implements MasteryModel {

  private final FeatureSet features;
  private final Map<String, Integer> itemIndex;
  private final Map<String, Integer> skillIndex;
  private final double[] weights;
  private final int items;
  private final int skills;

  LogisticModel(
      FeatureSet features,
      Map<String, Integer> itemIndex,
      Map<String, Integer> skillIndex,
      double[] weights) {
    this.features = features;
    this.itemIndex = Map.copyOf(itemIndex);
    this.skillIndex = Map.copyOf(skillIndex);
    this.items = itemIndex.size();
    this.skills = skillIndex.size();
    if (weights.length != dimension(items, skills)) {
      throw new IllegalArgumentException("weights do not match the feature layout");
    }
    this.weights = weights.clone();
  }

  static int dimension(int items, int skills) {
    return 1 + items + 3 * skills + 2;
  }

  @Override
  public String name() {
    return features.modelName();
  }

  /** The feature set of this model. */
  public FeatureSet features() {
    return features;
  }

  /** The learned weight of item {@code id} (its easiness), 0 when unseen. */
  public double itemWeight(String id) {
    Integer i = itemIndex.get(id);
    return i == null ? 0 : weights[1 + i];
  }

  /** The learned intercept of {@code skill}, 0 when unseen. */
  public double skillWeight(String skill) {
    Integer s = skillIndex.get(skill);
    return s == null ? 0 : weights[1 + items + s];
  }

  /**
   * The weight of the learner's earlier wins on {@code skill} (raw or log count), 0 when unseen.
   */
  public double skillWinsWeight(String skill) {
    Integer s = skillIndex.get(skill);
    return s == null ? 0 : weights[1 + items + skills + s];
  }

  /**
   * The weight of the learner's earlier failures (PFA) or attempts (Best-LR) on {@code skill}, 0
   * when unseen.
   */
  public double skillOtherWeight(String skill) {
    Integer s = skillIndex.get(skill);
    return s == null ? 0 : weights[1 + items + 2 * skills + s];
  }

  /** The global intercept. */
  public double bias() {
    return weights[0];
  }

  @Override
  public LearnerTrace newLearner() {
    return new Trace();
  }

  /**
   * Writes the sparse features of {@code item} for a learner with the given counts into {@code
   * index}/{@code value}; returns how many were written. Shared by fitting and prediction so both
   * see exactly the same encoding.
   */
  static int encode(
      FeatureSet features,
      int items,
      int skills,
      int item,
      int[] skillIds,
      int[][] skillCounts,
      int totalWins,
      int totalAttempts,
      int[] index,
      double[] value) {
    int n = 0;
    index[n] = 0;
    value[n++] = 1;
    if (features.items() && item >= 0) {
      index[n] = 1 + item;
      value[n++] = 1;
    }
    int skillBase = 1 + items;
    for (int k = 0; k < skillIds.length; k++) {
      int s = skillIds[k];
      if (s < 0) {
        continue;
      }
      if (features.skills()) {
        index[n] = skillBase + s;
        value[n++] = 1;
      }
      int wins = skillCounts[k][0];
      int attempts = skillCounts[k][1];
      switch (features.counts()) {
        case NONE -> {}
        case RAW_WINS_FAILS -> {
          index[n] = skillBase + skills + s;
          value[n++] = wins;
          index[n] = skillBase + 2 * skills + s;
          value[n++] = attempts - wins;
        }
        case LOG_WINS_ATTEMPTS -> {
          index[n] = skillBase + skills + s;
          value[n++] = Math.log1p(wins);
          index[n] = skillBase + 2 * skills + s;
          value[n++] = Math.log1p(attempts);
        }
      }
    }
    if (features.totals()) {
      int totalBase = skillBase + 3 * skills;
      index[n] = totalBase;
      value[n++] = Math.log1p(totalWins);
      index[n] = totalBase + 1;
      value[n++] = Math.log1p(totalAttempts);
    }
    return n;
  }

  static int maxFeatures(int skillsPerItem) {
    return 4 + 3 * skillsPerItem;
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  private final class Trace implements LearnerTrace {
    private final Map<String, int[]> counts = new HashMap<>();
    private int totalWins;
    private int totalAttempts;

    @Override
    public double predict(Item item) {
      int size = item.skills().size();
      int[] skillIds = new int[size];
      int[][] skillCounts = new int[size][];
      for (int k = 0; k < size; k++) {
        String skill = item.skills().get(k);
        skillIds[k] = skillIndex.getOrDefault(skill, -1);
        skillCounts[k] = counts.getOrDefault(skill, ZERO);
      }
      return score(itemIndex.getOrDefault(item.id(), -1), skillIds, skillCounts);
    }

    private double score(int item, int[] skillIds, int[][] skillCounts) {
      int[] index = new int[maxFeatures(skillIds.length)];
      double[] value = new double[index.length];
      int n =
          encode(
              features,
              items,
              skills,
              item,
              skillIds,
              skillCounts,
              totalWins,
              totalAttempts,
              index,
              value);
      double z = 0;
      for (int i = 0; i < n; i++) {
        z += weights[index[i]] * value[i];
      }
      return sigmoid(z);
    }

    @Override
    public void observe(Attempt attempt) {
      int win = attempt.correct() ? 1 : 0;
      for (String skill : attempt.item().skills()) {
        int[] c = counts.computeIfAbsent(skill, s -> new int[2]);
        c[0] += win;
        c[1]++;
      }
      totalWins += win;
      totalAttempts++;
    }

    @Override
    public double mastery(String skill) {
      return score(
          -1,
          new int[] {skillIndex.getOrDefault(skill, -1)},
          new int[][] {counts.getOrDefault(skill, ZERO)});
    }
  }

  private static final int[] ZERO = new int[2];
}
