package mx.aprende.engine.simulation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mx.aprende.engine.EngineException;

/**
 * {@code ./tutor simulate [--learners N] [--seed S] [--module ID[,ID...]] [--training N]
 * [--placement Q] [--linear-per-skill N] [--curriculum DIR]}: compares the engine's policy with a
 * linear sequence and random order on simulated learners of real curriculum modules, printing one
 * table per module; the last line of standard output is a JSON summary.
 */
public final class SimulateCli {

  /** Modules compared when none is named: early, middle and reading. */
  static final List<String> DEFAULT_MODULES =
      List.of("cuentas-utiles", "fracciones-y-porcentajes", "la-palabra");

  private final PrintStream out;
  private final PrintStream err;

  SimulateCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Entry point; exits with 2 on bad arguments and 1 on a failure. */
  public static void main(String[] args) {
    int code = new SimulateCli(System.out, System.err).run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Parsed command line. */
  record Arguments(
      int learners,
      long seed,
      List<String> modules,
      int training,
      int placement,
      int linearPerSkill,
      int postTestDays,
      Path curriculum) {}

  int run(String[] args) {
    Arguments a;
    try {
      a = parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(
          "usage: simulate [--learners N] [--seed S] [--module ID[,ID...]] [--training N]"
              + " [--placement Q] [--linear-per-skill N] [--post-test-days D] [--curriculum DIR]");
      return 2;
    }
    try {
      Course course = CurriculumYaml.read(a.curriculum());
      Simulation.Settings settings =
          Simulation.Settings.standard()
              .withPlacementQuestions(a.placement())
              .withLinearPerSkill(a.linearPerSkill())
              .withPostTestDelay(Duration.ofDays(a.postTestDays()));
      ModuleComparison comparison =
          new ModuleComparison(course, LearnerSettings.standard(), settings);
      List<ModuleComparison.Report> reports = new ArrayList<>();
      for (String module : a.modules()) {
        err.printf(Locale.ROOT, "simulating %s with %d learners...%n", module, a.learners());
        ModuleComparison.Report r =
            comparison.compare(module, a.learners(), a.training(), a.seed());
        reports.add(r);
        print(r);
      }
      out.println(json(a, reports));
      return 0;
    } catch (EngineException e) {
      err.println("simulate failed: " + e.getMessage());
      return 1;
    }
  }

  static Arguments parse(String[] args) {
    int learners = 500;
    long seed = 42;
    List<String> modules = DEFAULT_MODULES;
    int training = 300;
    int placement = Simulation.Settings.standard().placementQuestions();
    int perSkill = Simulation.Settings.standard().linearPerSkill();
    int postTestDays = (int) Simulation.Settings.standard().postTestDelay().toDays();
    Path curriculum = Path.of(System.getenv().getOrDefault("CURRICULUM_DIR", "curriculum"));
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + flag);
      }
      String value = args[++i];
      try {
        switch (flag) {
          case "--learners" -> learners = positive(flag, Integer.parseInt(value));
          case "--seed" -> seed = Long.parseLong(value);
          case "--module" -> modules = Arrays.stream(value.split(",")).map(String::strip).toList();
          case "--training" -> training = positive(flag, Integer.parseInt(value));
          case "--placement" -> placement = Integer.parseInt(value);
          case "--linear-per-skill" -> perSkill = positive(flag, Integer.parseInt(value));
          case "--post-test-days" -> postTestDays = Integer.parseInt(value);
          case "--curriculum" -> curriculum = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + flag);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number for " + flag + ": " + value);
      }
    }
    if (placement < 0 || placement > 12) {
      throw new IllegalArgumentException("--placement must be between 0 and 12");
    }
    if (postTestDays < 0) {
      throw new IllegalArgumentException("--post-test-days must not be negative");
    }
    return new Arguments(
        learners, seed, modules, training, placement, perSkill, postTestDays, curriculum);
  }

  private static int positive(String flag, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(flag + " must be at least 1");
    }
    return value;
  }

  private void print(ModuleComparison.Report r) {
    out.printf(
        Locale.ROOT,
        "%nmodule %s: %d skills, %d items, model %s%n",
        r.module(),
        r.skills(),
        r.items(),
        r.model());
    out.printf(
        Locale.ROOT,
        "%-8s %9s %7s %6s %9s %8s %9s %7s %14s %10s%n",
        "teacher",
        "exercises",
        "median",
        "p90",
        "placement",
        "reviews",
        "mastered",
        "capped",
        "post-test",
        "placed ok");
    for (CohortSummary s : List.of(r.policy(), r.linear(), r.random())) {
      out.printf(
          Locale.ROOT,
          "%-8s %9.1f %7.1f %6.1f %9.1f %8.1f %8.1f%% %6.1f%% %7.3f ±%.3f %10s%n",
          s.teacher(),
          s.meanExercises(),
          s.medianExercises(),
          s.p90Exercises(),
          s.meanPlacementQuestions(),
          s.meanReviews(),
          100 * s.masteredShare(),
          100 * s.cappedShare(),
          s.meanPostTest(),
          1.96 * s.postTestStdError(),
          Double.isNaN(s.placementAccuracy())
              ? "-"
              : String.format(Locale.ROOT, "%.3f", s.placementAccuracy()));
    }
    out.printf(
        Locale.ROOT,
        "policy vs linear: %.1f %% fewer exercises, post-test %+.3f%n",
        100 * r.exerciseReduction(),
        r.postTestDifference());
  }

  static String json(Arguments a, List<ModuleComparison.Report> reports) {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT, "{\"learners\":%d,\"seed\":%d,\"modules\":[", a.learners(), a.seed()));
    for (int i = 0; i < reports.size(); i++) {
      ModuleComparison.Report r = reports.get(i);
      sb.append(i == 0 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"module\":\"%s\",\"model\":\"%s\",\"exerciseReduction\":%.4f,"
                      + "\"postTestDifference\":%.4f,\"placementAccuracy\":%s,"
                      + "\"policy\":%s,\"linear\":%s,\"random\":%s}",
                  r.module(),
                  r.model(),
                  r.exerciseReduction(),
                  r.postTestDifference(),
                  Double.isNaN(r.policy().placementAccuracy())
                      ? "null"
                      : String.format(Locale.ROOT, "%.4f", r.policy().placementAccuracy()),
                  cohort(r.policy()),
                  cohort(r.linear()),
                  cohort(r.random())));
    }
    return sb.append("]}").toString();
  }

  private static String cohort(CohortSummary s) {
    return String.format(
        Locale.ROOT,
        "{\"meanExercises\":%.2f,\"medianExercises\":%.1f,\"masteredShare\":%.4f,"
            + "\"cappedShare\":%.4f,\"meanPostTest\":%.4f}",
        s.meanExercises(),
        s.medianExercises(),
        s.masteredShare(),
        s.cappedShare(),
        s.meanPostTest());
  }
}
