package mx.aprende.ops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.mongo.MongoAttemptLog;
import mx.aprende.engine.mongo.MongoLearnerStates;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.LearnerState;
import mx.aprende.engine.policy.Policy;
import mx.aprende.engine.store.AttemptRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One "record attempt + decide" round trip through the engine's MongoDB adapters on the embedded
 * in-memory server: append the attempt to the log, update the learner's state atomically (one read,
 * one versioned replace), update the belief, decide the next activity. The learner has 300 skills
 * (see {@link EnginePolicyBenchmark}); the belief is kept in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class EngineMongoBenchmark {

  private static final String LEARNER = "learner-300";

  private MongoServer server;
  private MongoClient client;
  private MongoAttemptLog log;
  private MongoLearnerStates states;
  private Policy policy;
  private LearnerTrace trace;
  private List<Item> items;
  private Instant at;
  private int next;

  @Setup
  public void start() {
    server = new MongoServer(new MemoryBackend());
    InetSocketAddress address = server.bind();
    client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    MongoDatabase database = client.getDatabase("bench");
    log = new MongoAttemptLog(database);
    states = new MongoLearnerStates(database);
    EnginePolicyBenchmark.Workload w = EnginePolicyBenchmark.Workload.create();
    LearnerState initial = w.state();
    states.update(LEARNER, s -> initial);
    at = EnginePolicyBenchmark.Workload.START.plus(Duration.ofDays(9));
    for (Attempt a : w.history()) {
      log.append(record(a.item(), a.correct(), Instant.ofEpochSecond(a.epochSecond())));
    }
    policy = w.policy();
    trace = w.trace();
    String module = EnginePolicyBenchmark.Workload.CURRENT_MODULE;
    items =
        w.catalog().items().stream()
            .filter(i -> i.skills().stream().allMatch(s -> s.startsWith(module)))
            .toList();
  }

  @TearDown
  public void stop() {
    client.close();
    server.shutdownNow();
  }

  private static AttemptRecord record(Item item, boolean correct, Instant when) {
    return new AttemptRecord(
        LEARNER, item.id(), item.skills(), correct, 0, Duration.ofSeconds(25), when);
  }

  private Set<String> masteredBefore(LearnerState state, Item item) {
    Set<String> mastered = new HashSet<>();
    for (String skill : item.skills()) {
      if (policy.mastered(state, trace, skill)) {
        mastered.add(skill);
      }
    }
    return mastered;
  }

  /** Record one answer and decide what comes next. */
  @Benchmark
  public Activity recordAndDecide() {
    int n = next++;
    Item item = items.get(n % items.size());
    at = at.plusSeconds(30);
    AttemptRecord attempt = record(item, n % 4 != 0, at);
    log.append(attempt);
    // "Mastered before the attempt" is read from the state the update works on, so one read of the
    // learner's document serves both (the change stays pure: the belief is updated only after).
    LearnerState updated =
        states.update(
            LEARNER, s -> s.withAttempt(attempt.attempt(), attempt.at(), masteredBefore(s, item)));
    trace.observe(attempt.attempt());
    return policy.next(updated, trace, EnginePolicyBenchmark.Workload.CURRENT_MODULE);
  }
}
