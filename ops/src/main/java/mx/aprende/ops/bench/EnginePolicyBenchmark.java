package mx.aprende.ops.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import mx.aprende.engine.curriculum.ItemCatalog;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.BktParameters;
import mx.aprende.engine.mastery.CombinedModel;
import mx.aprende.engine.mastery.FeatureSet;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerHistory;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.mastery.LogisticFitter;
import mx.aprende.engine.mastery.LogisticModel;
import mx.aprende.engine.mastery.MasteryModel;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.LearnerState;
import mx.aprende.engine.policy.Policy;
import mx.aprende.engine.policy.SpacedReview;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The next-activity decision for a learner with 300 skills (30 modules of 10): 150 skills mastered
 * (120 by placement, 30 by practice), a module half done with two skills in progress, 200 attempts
 * behind them, no review due. The belief is the product's pairing: best-lr+ predicts, BKT masters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class EnginePolicyBenchmark {

  private Workload workload;
  private LearnerState state;
  private LearnerTrace trace;

  @Setup
  public void learner() {
    workload = Workload.create();
    state = workload.state();
    trace = workload.trace();
  }

  /** One decision: review, new lesson, practice item in the band, or exam. */
  @Benchmark
  public Activity decide() {
    return workload.policy().next(state, trace, Workload.CURRENT_MODULE);
  }

  /**
   * A learner with 300 skills and the models, graph, catalogue and policy around them; shared by
   * the engine benchmarks.
   */
  static final class Workload {
    static final int MODULES = 30;
    static final int SKILLS_PER_MODULE = 10;
    static final int ITEMS_PER_SKILL = 4;
    static final String CURRENT_MODULE = module(15);
    static final Instant START = Instant.parse("2026-03-02T15:00:00Z");

    private final SkillGraph graph;
    private final ItemCatalog catalog;
    private final MasteryModel model;
    private final MasteryModel predictor;
    private final MasteryModel mastery;
    private final Policy policy;
    private final List<Attempt> history = new ArrayList<>();
    private LearnerState state;

    private Workload(
        SkillGraph graph,
        ItemCatalog catalog,
        MasteryModel predictor,
        MasteryModel mastery,
        Instant now) {
      this.predictor = predictor;
      this.mastery = mastery;
      MasteryModel model = new CombinedModel(predictor, mastery);
      this.graph = graph;
      this.catalog = catalog;
      this.model = model;
      this.policy =
          new Policy(
              graph,
              catalog,
              SpacedReview.daily(InstantSource.fixed(now)),
              Policy.Config.standard());
    }

    static String module(int m) {
      return String.format("m%02d", m);
    }

    static String skill(int m, int k) {
      return module(m) + "-s" + k;
    }

    static Workload create() {
      List<Skill> skills = new ArrayList<>();
      List<Item> items = new ArrayList<>();
      for (int m = 0; m < MODULES; m++) {
        for (int k = 0; k < SKILLS_PER_MODULE; k++) {
          List<String> prerequisites = new ArrayList<>();
          if (k > 0) {
            prerequisites.add(skill(m, k - 1));
          } else if (m > 0) {
            prerequisites.add(skill(m - 1, SKILLS_PER_MODULE - 1));
          }
          if (k > 2) {
            prerequisites.add(skill(m, k - 3));
          }
          skills.add(new Skill(skill(m, k), module(m), prerequisites));
          for (int i = 0; i < ITEMS_PER_SKILL; i++) {
            items.add(Item.of(skill(m, k) + "-i" + i, skill(m, k)));
          }
          if (k > 0) {
            items.add(new Item(skill(m, k) + "-mix", List.of(skill(m, k), skill(m, k - 1))));
          }
        }
      }
      SkillGraph graph = SkillGraph.of(skills);
      ItemCatalog catalog = ItemCatalog.of(items);
      Map<String, BktParameters> bkt = new HashMap<>();
      SplittableRandom random = new SplittableRandom(7);
      for (Skill s : skills) {
        bkt.put(
            s.id(),
            new BktParameters(
                random.nextDouble(0.2, 0.5),
                random.nextDouble(0.1, 0.3),
                0,
                random.nextDouble(0.15, 0.25),
                random.nextDouble(0.05, 0.15)));
      }
      BktModel mastery = new BktModel("bkt", bkt, BktParameters.DEFAULT);
      LogisticModel predictor =
          new LogisticFitter(FeatureSet.BEST_LR_PLUS, LogisticFitter.Options.standard())
              .fit(trainingLogs(catalog, random));
      // 200 attempts, the last one at START + 10 days: reviews fall due a day after, not now.
      Workload w =
          new Workload(graph, catalog, predictor, mastery, START.plus(Duration.ofDays(10)));
      w.learn();
      return w;
    }

    /** 300 learners each practising a random run of skills, for fitting best-lr+. */
    private static List<LearnerHistory> trainingLogs(ItemCatalog catalog, SplittableRandom random) {
      List<LearnerHistory> logs = new ArrayList<>();
      List<Item> all = catalog.items();
      for (int l = 0; l < 300; l++) {
        List<Attempt> attempts = new ArrayList<>();
        int from = random.nextInt(all.size() - 60);
        for (int a = 0; a < 60; a++) {
          Item item = all.get(from + a);
          attempts.add(Attempt.of(item, random.nextDouble() < 0.4 + a / 120.0));
        }
        logs.add(new LearnerHistory("t" + l, attempts));
      }
      return logs;
    }

    private void learn() {
      Set<String> placed = new java.util.HashSet<>();
      for (int m = 0; m < 12; m++) {
        for (int k = 0; k < SKILLS_PER_MODULE; k++) {
          placed.add(skill(m, k));
        }
      }
      state = LearnerState.fresh("learner-300").withPlacement(placed, START);
      Instant at = START;
      for (int m = 12; m < 15; m++) {
        for (int k = 0; k < SKILLS_PER_MODULE; k++) {
          at = practise(skill(m, k), 6, at, true);
        }
      }
      for (int k = 0; k < 3; k++) {
        at = practise(skill(15, k), 6, at, true);
      }
      at = practise(skill(15, 3), 3, at, false);
      practise(skill(15, 4), 2, at, false);
    }

    private Instant practise(String skill, int times, Instant from, boolean allRight) {
      state = state.withLesson(skill);
      List<Item> items = catalog.forSkill(skill);
      Instant at = from;
      for (int i = 0; i < times; i++) {
        at = at.plus(Duration.ofMinutes(20));
        Attempt a =
            new Attempt(items.get(i % items.size()), allRight || i % 2 == 0, at.getEpochSecond());
        history.add(a);
        state = state.withAttempt(a, at, Set.of());
      }
      return at;
    }

    Policy policy() {
      return policy;
    }

    SkillGraph graph() {
      return graph;
    }

    ItemCatalog catalog() {
      return catalog;
    }

    MasteryModel model() {
      return model;
    }

    /** The success predictor alone (best-lr+). */
    MasteryModel predictor() {
      return predictor;
    }

    /** The mastery model alone (BKT). */
    MasteryModel mastery() {
      return mastery;
    }

    LearnerState state() {
      return state;
    }

    List<Attempt> history() {
      return List.copyOf(history);
    }

    /** A fresh belief that has seen the learner's 200 attempts. */
    LearnerTrace trace() {
      LearnerTrace trace = model.newLearner();
      history.forEach(trace::observe);
      return trace;
    }
  }
}
