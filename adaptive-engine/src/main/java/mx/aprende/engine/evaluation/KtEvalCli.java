package mx.aprende.engine.evaluation;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import mx.aprende.engine.EngineException;
import mx.aprende.engine.mastery.BktFitter;
import mx.aprende.engine.mastery.FeatureSet;
import mx.aprende.engine.mastery.LearnerHistory;
import mx.aprende.engine.mastery.LogisticFitter;
import mx.aprende.engine.mastery.MasteryModel;

/**
 * {@code ./tutor kt-eval --train FILE --test FILE [--model NAME[,NAME...]|all] [--format
 * gervet|dkvmn|csv] [--qmat FILE.npz] [--restarts N] [--l2 X]}: fits the chosen models on the train
 * learners, replays the test learners, and prints the metrics per model; the last line of standard
 * output is a JSON summary. Progress goes to standard error.
 */
public final class KtEvalCli {

  static final List<String> MODELS =
      List.of("bkt", "bkt-forget", "irt", "pfa", "best-lr", "best-lr+");

  private final PrintStream out;
  private final PrintStream err;

  KtEvalCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Entry point; exits with 2 on bad arguments and 1 on a failure. */
  public static void main(String[] args) {
    int code = new KtEvalCli(System.out, System.err).run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Parsed command line. */
  record Arguments(
      Path train,
      Path test,
      List<String> models,
      DatasetFormat format,
      Optional<Path> qMatrix,
      int restarts,
      double l2) {}

  int run(String[] args) {
    Arguments arguments;
    try {
      arguments = parse(args);
    } catch (EngineException e) {
      err.println("kt-eval: " + e.getMessage());
      err.println(
          "usage: ./tutor kt-eval --train FILE --test FILE [--model "
              + String.join("|", MODELS)
              + "|all] [--format gervet|dkvmn|csv] [--qmat FILE.npz] [--restarts N] [--l2 X]");
      return 2;
    }
    try {
      evaluate(arguments);
      return 0;
    } catch (EngineException e) {
      err.println("kt-eval: " + e.getMessage());
      return 1;
    }
  }

  static Arguments parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String key = args[i];
      if (!key.startsWith("--") || i + 1 >= args.length) {
        throw new EngineException("expected --option value, got '" + key + "'");
      }
      options.put(key.substring(2), args[++i]);
    }
    List<String> known = List.of("train", "test", "model", "format", "qmat", "restarts", "l2");
    for (String key : options.keySet()) {
      if (!known.contains(key)) {
        throw new EngineException("unknown option --" + key);
      }
    }
    Path train = existing(options, "train");
    Path test = existing(options, "test");
    String modelOption = options.getOrDefault("model", "all").toLowerCase(Locale.ROOT);
    List<String> models = modelOption.equals("all") ? MODELS : List.of(modelOption.split(","));
    for (String model : models) {
      if (!MODELS.contains(model)) {
        throw new EngineException("unknown model '" + model + "'");
      }
    }
    DatasetFormat format = DatasetFormat.parse(options.getOrDefault("format", "gervet"));
    Optional<Path> qMatrix =
        options.containsKey("qmat") ? Optional.of(existing(options, "qmat")) : Optional.empty();
    try {
      int restarts = Integer.parseInt(options.getOrDefault("restarts", "5"));
      double l2 = Double.parseDouble(options.getOrDefault("l2", "1.0"));
      return new Arguments(train, test, models, format, qMatrix, restarts, l2);
    } catch (NumberFormatException e) {
      throw new EngineException("bad number: " + e.getMessage(), e);
    }
  }

  private static Path existing(Map<String, String> options, String key) {
    String value = options.get(key);
    if (value == null) {
      throw new EngineException("--" + key + " is required");
    }
    Path path = Path.of(value);
    if (!Files.isRegularFile(path)) {
      throw new EngineException("no such file: " + path);
    }
    return path;
  }

  /** Result of one model. */
  record ModelResult(String model, Metrics metrics, double fitSeconds, double replaySeconds) {}

  private void evaluate(Arguments a) {
    long start = System.nanoTime();
    List<LearnerHistory> train = load(a, a.train());
    List<LearnerHistory> test = load(a, a.test());
    double loadSeconds = seconds(start);
    int trainRows = train.stream().mapToInt(h -> h.attempts().size()).sum();
    int testRows = test.stream().mapToInt(h -> h.attempts().size()).sum();
    out.printf(
        Locale.ROOT,
        "train: %s (%d learners, %d attempts)%ntest:  %s (%d learners, %d attempts)%nloaded in %.1f s%n%n",
        a.train(),
        train.size(),
        trainRows,
        a.test(),
        test.size(),
        testRows,
        loadSeconds);
    List<ModelResult> results = new ArrayList<>();
    for (String name : a.models()) {
      long fitStart = System.nanoTime();
      ProgressBar fitBar = new ProgressBar(err, "fit " + name);
      MasteryModel model = fit(name, a, train, fitBar::update);
      double fitSeconds = seconds(fitStart);
      fitBar.done(String.format(Locale.ROOT, "%.1f s", fitSeconds));
      long replayStart = System.nanoTime();
      ProgressBar replayBar = new ProgressBar(err, "replay " + name);
      Predictions predictions = Replay.run(model, test, replayBar::update);
      double replaySeconds = seconds(replayStart);
      replayBar.done(String.format(Locale.ROOT, "%.1f s", replaySeconds));
      results.add(new ModelResult(name, Metrics.of(predictions), fitSeconds, replaySeconds));
    }
    printTable(results);
    out.println(json(a, trainRows, testRows, results));
  }

  private static List<LearnerHistory> load(Arguments a, Path file) {
    return a.qMatrix().isPresent()
        ? AttemptFiles.read(file, a.format(), QMatrix.read(a.qMatrix().get()))
        : AttemptFiles.read(file, a.format());
  }

  private static MasteryModel fit(
      String name, Arguments a, List<LearnerHistory> train, DoubleConsumer progress) {
    BktFitter.Options bkt = BktFitter.Options.standard();
    bkt =
        new BktFitter.Options(
            false,
            a.restarts(),
            bkt.maxIterations(),
            bkt.tolerance(),
            bkt.priorStrength(),
            bkt.seed());
    LogisticFitter.Options lr =
        new LogisticFitter.Options(
            a.l2(),
            LogisticFitter.Options.standard().maxIterations(),
            LogisticFitter.Options.standard().tolerance());
    return switch (name) {
      case "bkt" -> new BktFitter(bkt).fit(name, train, progress);
      case "bkt-forget" -> new BktFitter(bkt.withForgetting()).fit(name, train, progress);
      case "irt" -> new LogisticFitter(FeatureSet.IRT, lr).fit(train, progress);
      case "pfa" -> new LogisticFitter(FeatureSet.PFA, lr).fit(train, progress);
      case "best-lr" -> new LogisticFitter(FeatureSet.BEST_LR, lr).fit(train, progress);
      case "best-lr+" -> new LogisticFitter(FeatureSet.BEST_LR_PLUS, lr).fit(train, progress);
      default -> throw new EngineException("unknown model '" + name + "'");
    };
  }

  private void printTable(List<ModelResult> results) {
    out.printf(
        Locale.ROOT,
        "%-12s %8s %10s %9s %8s %9s %9s%n",
        "model",
        "AUC",
        "AUC/skill",
        "log loss",
        "RMSE",
        "fit s",
        "replay s");
    for (ModelResult r : results) {
      Metrics m = r.metrics();
      out.printf(
          Locale.ROOT,
          "%-12s %8.4f %10.4f %9.4f %8.4f %9.1f %9.1f%n",
          r.model(),
          m.auc(),
          m.meanSkillAuc(),
          m.logLoss(),
          m.rmse(),
          r.fitSeconds(),
          r.replaySeconds());
    }
    for (ModelResult r : results) {
      out.printf(
          Locale.ROOT,
          "%ncalibration %s%n%-11s %8s %10s %9s%n",
          r.model(),
          "bin",
          "count",
          "predicted",
          "observed");
      for (CalibrationBin b : r.metrics().calibration()) {
        out.printf(
            Locale.ROOT,
            "%.1f-%.1f    %8d %10.3f %9.3f%n",
            b.from(),
            b.to(),
            b.count(),
            b.meanPredicted(),
            b.observed());
      }
    }
    out.println();
  }

  static String json(Arguments a, int trainRows, int testRows, List<ModelResult> results) {
    StringBuilder json = new StringBuilder();
    json.append("{\"train\":")
        .append(quote(a.train().toString()))
        .append(",\"test\":")
        .append(quote(a.test().toString()))
        .append(",\"format\":")
        .append(quote(a.format().name().toLowerCase(Locale.ROOT)))
        .append(",\"trainAttempts\":")
        .append(trainRows)
        .append(",\"testAttempts\":")
        .append(testRows)
        .append(",\"models\":[");
    String best = "";
    double bestAuc = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < results.size(); i++) {
      ModelResult r = results.get(i);
      Metrics m = r.metrics();
      if (i > 0) {
        json.append(',');
      }
      json.append(
          String.format(
              Locale.ROOT,
              "{\"model\":%s,\"auc\":%s,\"meanSkillAuc\":%s,\"logLoss\":%s,\"rmse\":%s,"
                  + "\"fitSeconds\":%.2f,\"replaySeconds\":%.2f}",
              quote(r.model()),
              number(m.auc()),
              number(m.meanSkillAuc()),
              number(m.logLoss()),
              number(m.rmse()),
              r.fitSeconds(),
              r.replaySeconds()));
      if (m.auc() > bestAuc) {
        bestAuc = m.auc();
        best = r.model();
      }
    }
    return json.append("],\"best\":").append(quote(best)).append('}').toString();
  }

  private static String number(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.5f", value) : "null";
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
