package mx.aprende.engine.mastery;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Fits a {@link LogisticModel} by minimising the L2-regularised log loss (the intercept is not
 * penalised) with {@link Lbfgs}. Features of each training attempt are computed from the same
 * learner's earlier attempts only, exactly as during replay.
 */
public final class LogisticFitter {

  /**
   * Fitting options.
   *
   * @param l2 weight of the L2 penalty on the summed log loss (scikit-learn's 1/C)
   * @param maxIterations L-BFGS iterations
   * @param tolerance relative improvement below which optimisation stops
   */
  public record Options(double l2, int maxIterations, double tolerance) {

    /** λ = 1 (scikit-learn's default C = 1), at most 300 iterations. */
    public static Options standard() {
      return new Options(1.0, 300, 1e-8);
    }
  }

  private final FeatureSet features;
  private final Options options;

  /** A fitter for the model family {@code features}. */
  public LogisticFitter(FeatureSet features, Options options) {
    this.features = features;
    this.options = options;
  }

  /** Fits the model on {@code histories}. */
  public LogisticModel fit(List<LearnerHistory> histories) {
    return fit(histories, fraction -> {});
  }

  /** Fits the model; {@code progress} receives an estimate of the fraction done. */
  public LogisticModel fit(List<LearnerHistory> histories, DoubleConsumer progress) {
    Map<String, Integer> itemIndex = new LinkedHashMap<>();
    Map<String, Integer> skillIndex = new LinkedHashMap<>();
    int rows = 0;
    int maxSkills = 1;
    for (LearnerHistory h : histories) {
      for (Attempt a : h.attempts()) {
        itemIndex.putIfAbsent(a.item().id(), itemIndex.size());
        for (String s : a.item().skills()) {
          skillIndex.putIfAbsent(s, skillIndex.size());
        }
        maxSkills = Math.max(maxSkills, a.item().skills().size());
        rows++;
      }
    }
    Design design = design(histories, itemIndex, skillIndex, rows, maxSkills);
    int dimension = new LogisticModel.Layout(itemIndex.size(), skillIndex.size()).dimension();
    double[] w = new double[dimension];
    double mean = 0;
    for (byte label : design.labels) {
      mean += label;
    }
    mean = Math.clamp(mean / rows, 1e-3, 1 - 1e-3);
    w[0] = Math.log(mean / (1 - mean));
    // Diagonal preconditioning: optimise u = w * scale, where scale approximates the square root of
    // each weight's curvature. Rare items (curvature ≈ λ) and the bias (curvature ≈ rows / 4)
    // differ
    // by four orders of magnitude; without this L-BFGS needs hundreds of extra iterations.
    double[] scale = curvatureScale(design, dimension);
    double[] u = new double[dimension];
    for (int j = 0; j < dimension; j++) {
      u[j] = w[j] * scale[j];
    }
    double[] wBuffer = new double[dimension];
    Lbfgs lbfgs = new Lbfgs(10, options.maxIterations(), options.tolerance());
    lbfgs.minimise(
        (x, gradient) -> {
          for (int j = 0; j < dimension; j++) {
            wBuffer[j] = x[j] / scale[j];
          }
          double value = objective(design, wBuffer, gradient);
          for (int j = 0; j < dimension; j++) {
            gradient[j] /= scale[j];
          }
          return value;
        },
        u,
        iteration -> progress.accept(Math.min(1.0, iteration / 100.0)));
    for (int j = 0; j < dimension; j++) {
      w[j] = u[j] / scale[j];
    }
    progress.accept(1.0);
    return new LogisticModel(features, itemIndex, skillIndex, w);
  }

  /** The training rows as a sparse matrix (CSR) and their labels. */
  private record Design(int[] rowStart, int[] index, double[] value, byte[] labels) {}

  private Design design(
      List<LearnerHistory> histories,
      Map<String, Integer> itemIndex,
      Map<String, Integer> skillIndex,
      int rows,
      int maxSkills) {
    LogisticModel.Layout layout = new LogisticModel.Layout(itemIndex.size(), skillIndex.size());
    int width = LogisticModel.maxFeatures(maxSkills);
    int[] rowStart = new int[rows + 1];
    int[] index = new int[rows * 8];
    double[] value = new double[index.length];
    byte[] labels = new byte[rows];
    int[] rowIndex = new int[width];
    double[] rowValue = new double[width];
    int row = 0;
    int at = 0;
    for (LearnerHistory h : histories) {
      Map<Integer, Counts> bySkill = new HashMap<>();
      Map<Integer, Counts> byItem = new HashMap<>();
      Counts total = new Counts();
      for (Attempt a : h.attempts()) {
        List<String> names = a.item().skills();
        int[] skillIds = new int[names.size()];
        Counts[] skillCounts = new Counts[names.size()];
        for (int k = 0; k < skillIds.length; k++) {
          skillIds[k] = skillIndex.get(names.get(k));
          skillCounts[k] = bySkill.computeIfAbsent(skillIds[k], s -> new Counts());
        }
        int item = itemIndex.get(a.item().id());
        Counts itemCounts = byItem.computeIfAbsent(item, i -> new Counts());
        int n =
            LogisticModel.encode(
                features,
                layout,
                item,
                itemCounts,
                skillIds,
                skillCounts,
                total,
                rowIndex,
                rowValue);
        if (at + n > index.length) {
          int grown = Math.max(index.length * 2, at + n);
          index = Arrays.copyOf(index, grown);
          value = Arrays.copyOf(value, grown);
        }
        for (int i = 0; i < n; i++) {
          // Zero-valued features (a count of 0) add nothing to w·x or the gradient: skip them.
          if (rowValue[i] != 0) {
            index[at] = rowIndex[i];
            value[at++] = rowValue[i];
          }
        }
        labels[row] = (byte) (a.correct() ? 1 : 0);
        rowStart[++row] = at;
        for (Counts c : skillCounts) {
          c.record(a.correct());
        }
        itemCounts.record(a.correct());
        total.record(a.correct());
      }
    }
    return new Design(rowStart, index, value, labels);
  }

  private double[] curvatureScale(Design d, int dimension) {
    double[] sumSquares = new double[dimension];
    for (int i = 0; i < d.rowStart[d.labels.length]; i++) {
      sumSquares[d.index[i]] += d.value[i] * d.value[i];
    }
    double[] scale = new double[dimension];
    for (int j = 0; j < dimension; j++) {
      // 0.25 = the largest curvature p(1 - p) of the log loss; the bias has no L2 term.
      scale[j] = Math.sqrt((j == 0 ? 0 : options.l2()) + 0.25 * sumSquares[j] + 1e-9);
    }
    return scale;
  }

  private double objective(Design d, double[] w, double[] gradient) {
    Arrays.fill(gradient, 0);
    double loss = 0;
    int rows = d.labels.length;
    for (int r = 0; r < rows; r++) {
      double z = 0;
      int from = d.rowStart[r];
      int to = d.rowStart[r + 1];
      for (int i = from; i < to; i++) {
        z += w[d.index[i]] * d.value[i];
      }
      int y = d.labels[r];
      // log(1 + e^{-z}) for y = 1, log(1 + e^{z}) for y = 0, computed without overflow.
      double m = y == 1 ? -z : z;
      loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
      double residual = LogisticModel.sigmoid(z) - y;
      for (int i = from; i < to; i++) {
        gradient[d.index[i]] += residual * d.value[i];
      }
    }
    double l2 = options.l2();
    for (int j = 1; j < w.length; j++) {
      loss += 0.5 * l2 * w[j] * w[j];
      gradient[j] += l2 * w[j];
    }
    return loss;
  }
}
