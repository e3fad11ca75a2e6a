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
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.BktParameters;
import mx.aprende.engine.mastery.FeatureSet;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerHistory;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.mastery.LogisticFitter;
import mx.aprende.engine.mastery.LogisticModel;
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

  /**
   * The same attempt (learner, item, time) appended again is refused and stored once; the same item
   * at another time is a new attempt.
   */
  @Test
  void sameAttemptIsLoggedOnce() {
    MongoAttemptLog log = new MongoAttemptLog(MongoTestSupport.freshDatabase());
    AttemptRecord first = record("a", "q1", true, 3);

    assertThat(log.append(first), is(true));
    assertThat(log.append(first), is(false));
    AttemptRecord later =
        new AttemptRecord(
            first.learnerId(),
            first.itemId(),
            first.skills(),
            false,
            0,
            first.responseTime(),
            first.at().plusSeconds(60));
    assertThat(log.append(later), is(true));
    assertThat(log.forLearner("a"), is(List.of(first, later)));
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
    assertThat(store.saveBkt(first), is(1L));
    assertThat(store.saveBkt(second), is(2L));
    ParameterStore.Versioned<BktModel> latest = store.loadBkt("bkt").orElseThrow();
    assertThat(latest.version(), is(2L));
    assertThat(latest.model().fitted(), is(second.fitted()));
    assertThat(latest.model().parameters("unseen"), is(BktParameters.DEFAULT));
    assertThat(store.loadBktIfNewer("bkt", 2L), is(Optional.empty()));
    assertThat(
        store.loadBktIfNewer("bkt", 1L).map(ParameterStore.Versioned::version),
        is(Optional.of(2L)));
  }

  /** A stored logistic model reloads with the same predictions along a learner's history. */
  @Test
  void logisticModelRoundTrips() {
    MongoParameterStore store = new MongoParameterStore(MongoTestSupport.freshDatabase());
    List<LearnerHistory> histories = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(2);
    for (int l = 0; l < 50; l++) {
      List<Attempt> attempts = new ArrayList<>();
      for (int t = 0; t < 10; t++) {
        int i = random.nextInt(6);
        attempts.add(Attempt.of(Item.of("q" + i, "k" + (i % 2)), random.nextBoolean()));
      }
      histories.add(new LearnerHistory("l" + l, attempts));
    }
    LogisticModel model =
        new LogisticFitter(FeatureSet.BEST_LR_PLUS, LogisticFitter.Options.standard())
            .fit(histories);
    assertThat(store.saveLogistic(model), is(1L));
    LogisticModel loaded = store.loadLogistic("best-lr+").orElseThrow().model();
    LearnerTrace a = model.newLearner();
    LearnerTrace b = loaded.newLearner();
    for (Attempt attempt : histories.get(0).attempts()) {
      assertThat(b.predict(attempt.item()), is(a.predict(attempt.item())));
      a.observe(attempt);
      b.observe(attempt);
    }
    assertThat(loaded.features(), is(FeatureSet.BEST_LR_PLUS));
  }

  /** A refit reads the whole log and writes a new version of both models each time. */
  @Test
  void refitWritesNewVersions() {
    MongoDatabase db = MongoTestSupport.freshDatabase();
    MongoAttemptLog log = new MongoAttemptLog(db);
    for (int l = 0; l < 5; l++) {
      for (int t = 0; t < 4; t++) {
        log.append(record("learner" + l, "q" + t, t % 2 == 0, t));
      }
    }
    Refit.Result first = Refit.run(db);
    assertThat(first, is(new Refit.Result(5, 20, 1L, 1L)));
    assertThat(Refit.run(db).bktVersion(), is(2L));
    MongoParameterStore store = new MongoParameterStore(db);
    assertThat(store.loadBkt("bkt").orElseThrow().model().fitted().keySet().size(), is(4));
    assertThat(store.loadLogistic("best-lr+").orElseThrow().version(), is(2L));
  }
}
