package mx.aprende.engine.mastery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

/**
 * Fits {@link BktModel} parameters per skill by expectation-maximisation (Baum–Welch) on the
 * learners' per-skill answer sequences.
 *
 * <p>The M-step is a MAP estimate: each parameter gets {@link Options#priorStrength()}
 * pseudo-observations at its default value ({@link BktParameters#DEFAULT}), so a skill seen only a
 * handful of times stays close to sane defaults instead of collapsing to 0 or 1. Guess and slip are
 * kept at or below 0.5 so that "known" always means "more likely correct" (without this, EM can
 * swap the meaning of the two states). Several restarts from random starting points guard against
 * local optima; the one with the highest penalised likelihood wins. Restart seeds derive from the
 * skill name and {@link Options#seed()}, so the result does not depend on thread scheduling.
 */
public final class BktFitter {

  /**
   * Fitting options.
   *
   * @param forgetting whether to fit the forget parameter (otherwise it is fixed at 0)
   * @param restarts random restarts per skill (plus one start from the defaults)
   * @param maxIterations EM iterations per restart
   * @param tolerance stop when the log-likelihood improves by less than this (relative)
   * @param priorStrength pseudo-observations pulling each parameter towards its default
   * @param seed seed of the restart generator
   */
  public record Options(
      boolean forgetting,
      int restarts,
      int maxIterations,
      double tolerance,
      double priorStrength,
      long seed) {

    /** Rejects settings EM cannot work with. */
    public Options {
      if (restarts < 0 || maxIterations < 1 || !(priorStrength > 0)) {
        throw new IllegalArgumentException(
            "restarts >= 0, maxIterations >= 1 and priorStrength > 0 are required");
      }
    }

    /** Classic BKT, 5 restarts. */
    public static Options standard() {
      return new Options(false, 5, 200, 1e-6, 2.0, 42L);
    }

    /** The same options with the forget parameter fitted. */
    public Options withForgetting() {
      return new Options(true, restarts, maxIterations, tolerance, priorStrength, seed);
    }
  }

  private static final double MAX_GUESS_OR_SLIP = 0.5;
  private static final double EPS = 1e-4;
  // Lower bound of a normalised forward or backward probability. Without it, a sequence that the
  // parameters make nearly impossible (e.g. long runs of right then wrong answers with no
  // forgetting, as in logs that merge several students) drives forward and backward to exact zeros
  // on opposite states, and the posterior becomes 0/0.
  private static final double FLOOR = 1e-12;
  private static final double DEFAULT_FORGET = 0.02;

  private final Options options;

  /** A fitter with {@code options}. */
  public BktFitter(Options options) {
    this.options = options;
  }

  /** Fits one parameter set per skill seen in {@code histories}. */
  public BktModel fit(String name, List<LearnerHistory> histories) {
    return fit(name, histories, fraction -> {});
  }

  /**
   * Fits one parameter set per skill; {@code progress} receives the fraction of skills done (it may
   * be called from several threads).
   */
  public BktModel fit(String name, List<LearnerHistory> histories, DoubleConsumer progress) {
    Map<String, SkillSequences> bySkill = sequencesBySkill(histories);
    AtomicInteger done = new AtomicInteger();
    Map<String, BktParameters> fitted = new HashMap<>();
    List<Map.Entry<String, SkillSequences>> entries = new ArrayList<>(bySkill.entrySet());
    // Skills are independent; the largest first keeps both cores busy until the end.
    entries.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
    List<Map.Entry<String, BktParameters>> results =
        entries.parallelStream()
            .map(
                e -> {
                  BktParameters p = fitSkill(e.getKey(), e.getValue());
                  progress.accept(done.incrementAndGet() / (double) entries.size());
                  return Map.entry(e.getKey(), p);
                })
            .toList();
    results.forEach(e -> fitted.put(e.getKey(), e.getValue()));
    return new BktModel(name, fitted, defaults());
  }

  private BktParameters defaults() {
    BktParameters d = BktParameters.DEFAULT;
    return options.forgetting()
        ? new BktParameters(d.prior(), d.learn(), DEFAULT_FORGET, d.guess(), d.slip())
        : d;
  }

  /** Fits a single skill from its sequences (one boolean array per learner). */
  BktParameters fitSkill(String skill, SkillSequences sequences) {
    SplittableRandom random =
        new SplittableRandom(options.seed() ^ (skill.hashCode() * 0x9E3779B97F4A7C15L));
    Fit best = run(defaults(), sequences);
    for (int r = 0; r < options.restarts(); r++) {
      BktParameters start =
          new BktParameters(
              random.nextDouble(0.05, 0.9),
              random.nextDouble(0.01, 0.4),
              options.forgetting() ? random.nextDouble(0.0, 0.1) : 0.0,
              random.nextDouble(0.05, 0.4),
              random.nextDouble(0.05, 0.3));
      Fit fit = run(start, sequences);
      if (fit.score() > best.score()) {
        best = fit;
      }
    }
    return best.parameters();
  }

  private record Fit(BktParameters parameters, double score) {}

  private Fit run(BktParameters start, SkillSequences data) {
    BktParameters p = start;
    double previous = Double.NEGATIVE_INFINITY;
    double[] buffer = new double[4 * (data.maxLength() + 1)];
    for (int iteration = 0; iteration < options.maxIterations(); iteration++) {
      Expectation e = expectation(p, data, buffer);
      double score = e.logLikelihood() + logPrior(p);
      p = maximisation(e);
      if (Math.abs(score - previous) <= options.tolerance() * Math.abs(score)) {
        previous = score;
        break;
      }
      previous = score;
    }
    double finalScore = expectation(p, data, buffer).logLikelihood() + logPrior(p);
    return new Fit(p, Double.isFinite(finalScore) ? finalScore : previous);
  }

  /** Expected sufficient statistics of one E-step. */
  private record Expectation(
      double logLikelihood,
      double priorNum,
      double priorDen,
      double learnNum,
      double learnDen,
      double forgetNum,
      double forgetDen,
      double guessNum,
      double guessDen,
      double slipNum,
      double slipDen) {}

  private static Expectation expectation(BktParameters p, SkillSequences data, double[] buf) {
    double t = p.learn();
    double f = p.forget();
    double g = p.guess();
    double s = p.slip();
    double ll = 0;
    double priorNum = 0;
    double learnNum = 0;
    double learnDen = 0;
    double forgetNum = 0;
    double forgetDen = 0;
    double guessNum = 0;
    double guessDen = 0;
    double slipNum = 0;
    double slipDen = 0;
    byte[] obs = data.outcomes();
    int[] starts = data.starts();
    int sequences = starts.length - 1;
    // buf holds the normalised forward probabilities (unknown, known) per position; beta is kept
    // in two scalars during the backward pass.
    for (int q = 0; q < sequences; q++) {
      int from = starts[q];
      int n = starts[q + 1] - from;
      // Forward pass with per-step normalisation.
      double a0 = (1 - p.prior()) * emitUnknown(obs[from], g);
      double a1 = p.prior() * emitKnown(obs[from], s);
      double c = a0 + a1;
      buf[0] = Math.max(a0 / c, FLOOR);
      buf[1] = Math.max(a1 / c, FLOOR);
      ll += Math.log(c);
      for (int i = 1; i < n; i++) {
        double prev0 = buf[4 * (i - 1)];
        double prev1 = buf[4 * (i - 1) + 1];
        double pred1 = prev0 * t + prev1 * (1 - f);
        double pred0 = 1 - pred1;
        a0 = pred0 * emitUnknown(obs[from + i], g);
        a1 = pred1 * emitKnown(obs[from + i], s);
        c = a0 + a1;
        buf[4 * i] = Math.max(a0 / c, FLOOR);
        buf[4 * i + 1] = Math.max(a1 / c, FLOOR);
        ll += Math.log(c);
      }
      // Backward pass, accumulating the statistics as we go.
      double b0 = 1;
      double b1 = 1;
      for (int i = n - 1; i >= 0; i--) {
        double al0 = buf[4 * i];
        double al1 = buf[4 * i + 1];
        double g0 = al0 * b0;
        double g1 = al1 * b1;
        double norm = g0 + g1;
        g0 /= norm;
        g1 /= norm;
        int o = obs[from + i];
        guessNum += g0 * o;
        guessDen += g0;
        slipNum += g1 * (1 - o);
        slipDen += g1;
        if (i == 0) {
          priorNum += g1;
        }
        if (i > 0) {
          // Transition statistics between i-1 and i.
          double e0 = emitUnknown(obs[from + i], g) * b0;
          double e1 = emitKnown(obs[from + i], s) * b1;
          double p0 = buf[4 * (i - 1)];
          double p1 = buf[4 * (i - 1) + 1];
          double x00 = p0 * (1 - t) * e0;
          double x01 = p0 * t * e1;
          double x10 = p1 * f * e0;
          double x11 = p1 * (1 - f) * e1;
          double z = x00 + x01 + x10 + x11;
          learnNum += x01 / z;
          learnDen += (x00 + x01) / z;
          forgetNum += x10 / z;
          forgetDen += (x10 + x11) / z;
          // Gamma and xi are renormalised at every step, so beta may be rescaled freely; keeping
          // b0 + b1 = 1 stops it underflowing to 0/0 on sequences of thousands of answers.
          double nb0 = (1 - t) * e0 + t * e1;
          double nb1 = f * e0 + (1 - f) * e1;
          double sum = nb0 + nb1;
          b0 = Math.max(nb0 / sum, FLOOR);
          b1 = Math.max(nb1 / sum, FLOOR);
        }
      }
    }
    return new Expectation(
        ll, priorNum, sequences, learnNum, learnDen, forgetNum, forgetDen, guessNum, guessDen,
        slipNum, slipDen);
  }

  private static double emitKnown(int o, double slip) {
    return o == 1 ? 1 - slip : slip;
  }

  private static double emitUnknown(int o, double guess) {
    return o == 1 ? guess : 1 - guess;
  }

  private BktParameters maximisation(Expectation e) {
    BktParameters d = defaults();
    double k = options.priorStrength();
    double prior = map(e.priorNum(), e.priorDen(), d.prior(), k);
    double learn = map(e.learnNum(), e.learnDen(), d.learn(), k);
    double forget = options.forgetting() ? map(e.forgetNum(), e.forgetDen(), d.forget(), k) : 0.0;
    double guess = Math.min(MAX_GUESS_OR_SLIP, map(e.guessNum(), e.guessDen(), d.guess(), k));
    double slip = Math.min(MAX_GUESS_OR_SLIP, map(e.slipNum(), e.slipDen(), d.slip(), k));
    return new BktParameters(prior, learn, forget, guess, slip);
  }

  private static double map(double num, double den, double mean, double strength) {
    double v = (num + strength * mean) / (den + strength);
    return Math.clamp(v, EPS, 1 - EPS);
  }

  /** Log density of the pseudo-observation priors, so restarts compare penalised likelihoods. */
  private double logPrior(BktParameters p) {
    BktParameters d = defaults();
    double k = options.priorStrength();
    double sum =
        beta(p.prior(), d.prior(), k)
            + beta(p.learn(), d.learn(), k)
            + beta(p.guess(), d.guess(), k)
            + beta(p.slip(), d.slip(), k);
    return options.forgetting() ? sum + beta(p.forget(), d.forget(), k) : sum;
  }

  private static double beta(double value, double mean, double strength) {
    double v = Math.clamp(value, EPS, 1 - EPS);
    return strength * (mean * Math.log(v) + (1 - mean) * Math.log(1 - v));
  }

  /** The per-skill sequences of all learners, concatenated for cache-friendly EM passes. */
  record SkillSequences(byte[] outcomes, int[] starts, int maxLength) {
    int size() {
      return outcomes.length;
    }

    /** Sequences built from boolean arrays (used by tests and by {@link #sequencesBySkill}). */
    static SkillSequences of(List<boolean[]> sequences) {
      int total = sequences.stream().mapToInt(a -> a.length).sum();
      byte[] outcomes = new byte[total];
      int[] starts = new int[sequences.size() + 1];
      int at = 0;
      int max = 0;
      for (int i = 0; i < sequences.size(); i++) {
        boolean[] seq = sequences.get(i);
        starts[i] = at;
        for (boolean b : seq) {
          outcomes[at++] = (byte) (b ? 1 : 0);
        }
        max = Math.max(max, seq.length);
      }
      starts[sequences.size()] = at;
      return new SkillSequences(outcomes, starts, max);
    }
  }

  static Map<String, SkillSequences> sequencesBySkill(List<LearnerHistory> histories) {
    Map<String, List<boolean[]>> bySkill = new LinkedHashMap<>();
    for (LearnerHistory h : histories) {
      Map<String, BooleanList> own = new LinkedHashMap<>();
      for (Attempt a : h.attempts()) {
        for (String skill : a.item().skills()) {
          own.computeIfAbsent(skill, s -> new BooleanList()).add(a.correct());
        }
      }
      own.forEach(
          (skill, list) ->
              bySkill.computeIfAbsent(skill, s -> new ArrayList<>()).add(list.toArray()));
    }
    Map<String, SkillSequences> result = new LinkedHashMap<>();
    bySkill.forEach((skill, seqs) -> result.put(skill, SkillSequences.of(seqs)));
    return result;
  }

  private static final class BooleanList {
    private boolean[] values = new boolean[8];
    private int size;

    void add(boolean b) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = b;
    }

    boolean[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
