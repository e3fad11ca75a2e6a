package mx.aprende.engine.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of a set of predictions: AUC pooled over all answers and averaged over skills (skills
 * whose answers are all right or all wrong have no AUC and are left out of the mean), log loss,
 * RMSE and a 10-bin calibration table.
 */
public record Metrics(
    int count,
    double auc,
    double meanSkillAuc,
    double logLoss,
    double rmse,
    List<CalibrationBin> calibration) {

  private static final double CLIP = 1e-7;
  private static final int BINS = 10;

  /** Copies the table. */
  public Metrics {
    calibration = List.copyOf(calibration);
  }

  /** Computes every metric for {@code p}. */
  public static Metrics of(Predictions p) {
    int n = p.size();
    double[] probability = new double[n];
    boolean[] correct = new boolean[n];
    double logLoss = 0;
    double squared = 0;
    Map<String, List<Integer>> bySkill = new HashMap<>();
    for (int i = 0; i < n; i++) {
      probability[i] = p.probability(i);
      correct[i] = p.correct(i);
      double q = Math.clamp(probability[i], CLIP, 1 - CLIP);
      logLoss -= correct[i] ? Math.log(q) : Math.log(1 - q);
      double error = (correct[i] ? 1 : 0) - probability[i];
      squared += error * error;
      for (String skill : p.skills(i)) {
        bySkill.computeIfAbsent(skill, s -> new ArrayList<>()).add(i);
      }
    }
    double skillAucSum = 0;
    int skillsWithAuc = 0;
    for (List<Integer> rows : bySkill.values()) {
      double[] sp = new double[rows.size()];
      boolean[] sc = new boolean[rows.size()];
      for (int k = 0; k < sp.length; k++) {
        sp[k] = probability[rows.get(k)];
        sc[k] = correct[rows.get(k)];
      }
      double auc = auc(sp, sc);
      if (!Double.isNaN(auc)) {
        skillAucSum += auc;
        skillsWithAuc++;
      }
    }
    return new Metrics(
        n,
        auc(probability, correct),
        skillsWithAuc == 0 ? Double.NaN : skillAucSum / skillsWithAuc,
        n == 0 ? Double.NaN : logLoss / n,
        n == 0 ? Double.NaN : Math.sqrt(squared / n),
        calibration(probability, correct));
  }

  /**
   * Area under the ROC curve via the rank-sum (Mann–Whitney) statistic, ties sharing their mean
   * rank; NaN when only one class is present.
   */
  public static double auc(double[] probability, boolean[] correct) {
    int n = probability.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(probability[a], probability[b]));
    double positiveRankSum = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && probability[order[j + 1]] == probability[order[i]]) {
        j++;
      }
      double meanRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (correct[order[k]]) {
          positiveRankSum += meanRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  private static List<CalibrationBin> calibration(double[] probability, boolean[] correct) {
    int[] count = new int[BINS];
    double[] predicted = new double[BINS];
    double[] observed = new double[BINS];
    for (int i = 0; i < probability.length; i++) {
      int bin = Math.min(BINS - 1, (int) (probability[i] * BINS));
      count[bin]++;
      predicted[bin] += probability[i];
      observed[bin] += correct[i] ? 1 : 0;
    }
    List<CalibrationBin> bins = new ArrayList<>(BINS);
    for (int b = 0; b < BINS; b++) {
      bins.add(
          new CalibrationBin(
              b / (double) BINS,
              (b + 1) / (double) BINS,
              count[b],
              count[b] == 0 ? Double.NaN : predicted[b] / count[b],
              count[b] == 0 ? Double.NaN : observed[b] / count[b]));
    }
    return bins;
  }
}
