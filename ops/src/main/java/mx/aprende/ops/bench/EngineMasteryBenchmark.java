package mx.aprende.ops.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.mastery.MasteryModel;
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
 * One mastery update (the model observing an answer) for a learner whose belief already covers 300
 * skills, with BKT and with best-lr+; and best-lr+'s prediction, which the policy calls per
 * candidate item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class EngineMasteryBenchmark {

  private LearnerTrace bkt;
  private LearnerTrace bestLr;
  private List<Attempt> attempts;
  private List<Item> items;
  private int next;

  @Setup
  public void learner() {
    EnginePolicyBenchmark.Workload w = EnginePolicyBenchmark.Workload.create();
    items = w.catalog().items();
    attempts = items.stream().map(i -> Attempt.of(i, i.id().hashCode() % 3 != 0)).toList();
    bkt = touchEverySkill(w.mastery());
    bestLr = touchEverySkill(w.predictor());
  }

  private LearnerTrace touchEverySkill(MasteryModel model) {
    LearnerTrace trace = model.newLearner();
    attempts.forEach(trace::observe);
    return trace;
  }

  /** BKT: Bayes update and learning transition of the item's skills. */
  @Benchmark
  public double bktUpdate() {
    Attempt a = attempts.get(next++ % attempts.size());
    bkt.observe(a);
    return bkt.mastery(a.item().skills().get(0));
  }

  /** best-lr+: the learner's counters for the item's skills, the item and overall. */
  @Benchmark
  public LearnerTrace bestLrPlusUpdate() {
    bestLr.observe(attempts.get(next++ % attempts.size()));
    return bestLr;
  }

  /** best-lr+: P(correct) of one item. */
  @Benchmark
  public double bestLrPlusPredict() {
    return bestLr.predict(items.get(next++ % items.size()));
  }
}
