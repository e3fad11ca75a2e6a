package mx.aprende.engine.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.BktParameters;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerHistory;
import mx.aprende.engine.policy.LearnerState;
import mx.aprende.engine.store.AttemptRecord;
import mx.aprende.engine.store.ParameterStore;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoStoresTest {

  private static final Instant T0 = Instant.parse("2026-03-10T18:00:00Z");

  private static AttemptRecord record(String learner, String item, boolean ok, int minutes) {
    return new AttemptRecord(
        learner,
        item,
        List.of("s." + item),
        ok,
        1,
        Duration.ofSeconds(12),
        T0.plusSeconds(60L * minutes));
  }

  /**
   * The attempts log keeps every field, orders by time, groups histories per learner, and is
   * indexed.
   */
  @Test
  void attemptLogRoundTrips() {
    MongoDatabase db = MongoTestSupport.freshDatabase();
    MongoAttemptLog log = new MongoAttemptLog(db);
    log.append(record("b", "q2", false, 5));
    log.append(record("a", "q1", true, 3));
    log.append(record("b", "q1", true, 1));
    assertThat(
        log.forLearner("b"), is(List.of(record("b", "q1", true, 1), record("b", "q2", false, 5))));
    List<LearnerHistory> histories = log.histories();
    assertThat(histories.size(), is(2));
    assertThat(histories.get(1).attempts().get(1).item(), is(new Item("q2", List.of("s.q2"))));
    List<String> indexes = new ArrayList<>();
    db.getCollection("attempts")
        .listIndexes()
        .forEach((Document d) -> indexes.add(d.getString("name")));
    assertThat(indexes, hasItem("learnerId_1_at_1"));
  }

  /** A stored learner state reads back equal, including optional fields and dotted skill ids. */
  @Test
  void learnerStateRoundTrips() {
    MongoLearnerStates store = new MongoLearnerStates(MongoTestSupport.freshDatabase());
    assertThat(store.load("x"), is(LearnerState.fresh("x")));
    LearnerState stored =
        store.update(
            "x",
            s ->
                s.withLesson("frac.add")
                    .withAttempt(Attempt.of(Item.of("i1", "frac.add"), true), T0, Set.of())
                    .withPlacement(Set.of("count"), T0));
    assertThat(store.load("x"), is(stored));
    assertThat(stored.lastSkill(), is(Optional.of("frac.add")));
  }

  /** Four threads recording attempts for one learner at once lose no update. */
  @Test
  void parallelWritersLoseNothing() throws Exception {
    MongoLearnerStates store = new MongoLearnerStates(MongoTestSupport.freshDatabase());
    int threads = 4;
    int perThread = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    Item item = Item.of("t" + thread + "-" + i, "shared");
                    store.update(
                        "same-learner", s -> s.withAttempt(Attempt.of(item, true), T0, Set.of()));
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    LearnerState finalState = store.load("same-learner");
    assertThat(finalState.skill("shared").attempts(), is(threads * perThread));
    assertThat(finalState.seenItems().size(), is(threads * perThread));
  }

  /**
   * Each save gets the next version, and a process polling with its version sees only newer ones.
   */
  @Test
  void parametersAreVersioned() {
    MongoParameterStore store = new MongoParameterStore(MongoTestSupport.freshDatabase());
    BktModel first =
        new BktModel(
            "bkt",
            Map.of("a.b", new BktParameters(0.3, 0.1, 0.0, 0.2, 0.1)),
            BktParameters.DEFAULT);
    BktModel second =
        new BktModel(
            "bkt",
            Map.of("a.b", new BktParameters(0.5, 0.2, 0.01, 0.25, 0.05)),
            BktParameters.DEFAULT);
    assertThat(store.save(first), is(1L));
    assertThat(store.save(second), is(2L));
    ParameterStore.Versioned latest = store.load("bkt").orElseThrow();
    assertThat(latest.version(), is(2L));
    assertThat(latest.model().fitted(), is(second.fitted()));
    assertThat(latest.model().parameters("unseen"), is(BktParameters.DEFAULT));
    assertThat(store.loadIfNewer("bkt", 2L), is(Optional.empty()));
    assertThat(
        store.loadIfNewer("bkt", 1L).map(ParameterStore.Versioned::version), is(Optional.of(2L)));
  }
}
