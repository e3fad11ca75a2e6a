package mx.aprende.engine.mastery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic knowledge-tracing model: P(correct) = σ(w · x) where x holds the features chosen by a
 * {@link FeatureSet} (item and skill intercepts, counts of the learner's earlier wins and
 * attempts). Items and skills unseen in training contribute nothing (their weight is the prior
 * mean, 0).
 *
 * <p>Weight layout ({@link Layout}): {@code [bias | item... | skill... | skillWins... |
 * skillOther... | per window: skillWins... skillAttempts... | totalWins, totalOther | itemWins,
 * itemAttempts]}, where "other" is attempts (Best-LR) or failures (PFA). Blocks a feature set does
 * not use stay at 0.
 */
public final class LogisticModel implements MasteryModel {

  private final FeatureSet features;
  private final Map<String, Integer> itemIndex;
  private final Map<String, Integer> skillIndex;
  private final double[] weights;
  private final Layout layout;

  LogisticModel(
      FeatureSet features,
      Map<String, Integer> itemIndex,
      Map<String, Integer> skillIndex,
      double[] weights) {
    this.features = features;
    this.itemIndex = Map.copyOf(itemIndex);
    this.skillIndex = Map.copyOf(skillIndex);
    this.layout = new Layout(itemIndex.size(), skillIndex.size());
    if (weights.length != layout.dimension()) {
      throw new IllegalArgumentException("weights do not match the feature layout");
    }
    this.weights = weights.clone();
  }

  /** Rebuilds a model from stored parameters. */
  public static LogisticModel of(LogisticParameters p) {
    Map<String, Integer> items = new HashMap<>();
    for (int i = 0; i < p.items().size(); i++) {
      items.put(p.items().get(i), i);
    }
    Map<String, Integer> skills = new HashMap<>();
    for (int i = 0; i < p.skills().size(); i++) {
      skills.put(p.skills().get(i), i);
    }
    return new LogisticModel(p.features(), items, skills, p.weights());
  }

  /** The parameters of this model, for storage. */
  public LogisticParameters parameters() {
    String[] items = new String[itemIndex.size()];
    itemIndex.forEach((id, i) -> items[i] = id);
    String[] skills = new String[skillIndex.size()];
    skillIndex.forEach((id, i) -> skills[i] = id);
    return new LogisticParameters(features, List.of(items), List.of(skills), weights);
  }

  /** Offsets of the weight blocks for a given number of items and skills. */
  record Layout(int items, int skills) {
    int item(int i) {
      return 1 + i;
    }

    int skill(int s) {
      return 1 + items + s;
    }

    int skillWins(int s) {
      return 1 + items + skills + s;
    }

    int skillOther(int s) {
      return 1 + items + 2 * skills + s;
    }

    int windowWins(int window, int s) {
      return 1 + items + (3 + 2 * window) * skills + s;
    }

    int windowAttempts(int window, int s) {
      return 1 + items + (4 + 2 * window) * skills + s;
    }

    int totals() {
      return 1 + items + (3 + 2 * FeatureSet.WINDOWS.length) * skills;
    }

    int itemCounts() {
      return totals() + 2 + FeatureSet.WINDOWS.length;
    }

    int dimension() {
      return itemCounts() + 2;
    }
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
    return i == null ? 0 : weights[layout.item(i)];
  }

  /** The learned intercept of {@code skill}, 0 when unseen. */
  public double skillWeight(String skill) {
    Integer s = skillIndex.get(skill);
    return s == null ? 0 : weights[layout.skill(s)];
  }

  /**
   * The weight of the learner's earlier wins on {@code skill} (raw or log count), 0 when unseen.
   */
  public double skillWinsWeight(String skill) {
    Integer s = skillIndex.get(skill);
    return s == null ? 0 : weights[layout.skillWins(s)];
  }

  /**
   * The weight of the learner's earlier failures (PFA) or attempts (Best-LR) on {@code skill}, 0
   * when unseen.
   */
  public double skillOtherWeight(String skill) {
    Integer s = skillIndex.get(skill);
    return s == null ? 0 : weights[layout.skillOther(s)];
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
   * Writes the sparse features of an attempt into {@code index}/{@code value} and returns how many
   * were written. Shared by fitting and prediction so both see exactly the same encoding. Negative
   * item or skill ids (unseen in training) get no features of their own.
   */
  static int encode(
      FeatureSet features,
      Layout layout,
      int item,
      Counts itemCounts,
      int[] skillIds,
      Counts[] skillCounts,
      Counts total,
      int[] index,
      double[] value) {
    int n = 0;
    index[n] = 0;
    value[n++] = 1;
    if (features.items() && item >= 0) {
      index[n] = layout.item(item);
      value[n++] = 1;
    }
    for (int k = 0; k < skillIds.length; k++) {
      int s = skillIds[k];
      if (s < 0) {
        continue;
      }
      if (features.skills()) {
        index[n] = layout.skill(s);
        value[n++] = 1;
      }
      Counts c = skillCounts[k];
      switch (features.counts()) {
        case NONE -> {}
        case RAW_WINS_FAILS -> {
          index[n] = layout.skillWins(s);
          value[n++] = c.wins();
          index[n] = layout.skillOther(s);
          value[n++] = c.attempts() - c.wins();
        }
        case LOG_WINS_ATTEMPTS -> {
          index[n] = layout.skillWins(s);
          value[n++] = Math.log1p(c.wins());
          index[n] = layout.skillOther(s);
          value[n++] = Math.log1p(c.attempts());
        }
      }
      if (features.recency()) {
        for (int w = 0; w < FeatureSet.WINDOWS.length; w++) {
          index[n] = layout.windowWins(w, s);
          value[n++] = Math.log1p(c.recentWins(FeatureSet.WINDOWS[w]));
          index[n] = layout.windowAttempts(w, s);
          value[n++] = Math.log1p(c.recentAttempts(FeatureSet.WINDOWS[w]));
        }
      }
    }
    if (features.totals()) {
      index[n] = layout.totals();
      value[n++] = Math.log1p(total.wins());
      index[n] = layout.totals() + 1;
      value[n++] = Math.log1p(total.attempts());
    }
    if (features.recency()) {
      for (int w = 0; w < FeatureSet.WINDOWS.length; w++) {
        index[n] = layout.totals() + 2 + w;
        value[n++] = Math.log1p(total.recentWins(FeatureSet.WINDOWS[w]));
      }
      index[n] = layout.itemCounts();
      value[n++] = Math.log1p(itemCounts.wins());
      index[n] = layout.itemCounts() + 1;
      value[n++] = Math.log1p(itemCounts.attempts());
    }
    return n;
  }

  static int maxFeatures(int skillsPerItem) {
    return 6 + FeatureSet.WINDOWS.length + (3 + 2 * FeatureSet.WINDOWS.length) * skillsPerItem;
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  private final class Trace implements LearnerTrace {
    private final Map<String, Counts> bySkill = new HashMap<>();
    private final Map<String, Counts> byItem = new HashMap<>();
    private final Counts total = new Counts();

    @Override
    public double predict(Item item) {
      return score(item.id(), item.skills());
    }

    private double score(String itemId, List<String> skills) {
      int size = skills.size();
      int[] skillIds = new int[size];
      Counts[] skillCounts = new Counts[size];
      for (int k = 0; k < size; k++) {
        String skill = skills.get(k);
        skillIds[k] = skillIndex.getOrDefault(skill, -1);
        skillCounts[k] = bySkill.getOrDefault(skill, Counts.NONE);
      }
      int[] index = new int[maxFeatures(size)];
      double[] value = new double[index.length];
      int n =
          encode(
              features,
              layout,
              itemIndex.getOrDefault(itemId, -1),
              byItem.getOrDefault(itemId, Counts.NONE),
              skillIds,
              skillCounts,
              total,
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
      boolean correct = attempt.correct();
      for (String skill : attempt.item().skills()) {
        bySkill.computeIfAbsent(skill, s -> new Counts()).record(correct);
      }
      byItem.computeIfAbsent(attempt.item().id(), i -> new Counts()).record(correct);
      total.record(correct);
    }

    @Override
    public double mastery(String skill) {
      // An item id no training item has: the prediction for an average item of the skill.
      return score("\u0000mastery", List.of(skill));
    }
  }
}
