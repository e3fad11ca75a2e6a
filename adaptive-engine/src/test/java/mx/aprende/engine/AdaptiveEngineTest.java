package mx.aprende.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import mx.aprende.engine.curriculum.ItemCatalog;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.BktParameters;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.MasteryModel;
import mx.aprende.engine.mongo.MongoAttemptLog;
import mx.aprende.engine.mongo.MongoLearnerStates;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.Policy;
import mx.aprende.engine.policy.SpacedReview;
import mx.aprende.engine.store.AttemptRecord;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

class AdaptiveEngineTest {

  private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");
  private static final BktParameters FAST = new BktParameters(0.2, 0.3, 0.0, 0.2, 0.1);

  /** Lesson, practice until mastered, then the next lesson: the whole loop through MongoDB. */
  @Test
  void learnerProgressesThroughTheModule() {
    MongoDatabase db = MongoTestSupport.freshDatabase();
    SkillGraph graph =
        SkillGraph.of(List.of(new Skill("A", "M", List.of()), new Skill("B", "M", List.of("A"))));
    ItemCatalog catalog =
        ItemCatalog.of(
            List.of(
                Item.of("a1", "A"),
                Item.of("a2", "A"),
                Item.of("a3", "A"),
                Item.of("a4", "A"),
                Item.of("a5", "A"),
                Item.of("b1", "B")));
    AtomicReference<MasteryModel> model =
        new AtomicReference<>(new BktModel("bkt", Map.of(), FAST));
    InstantSource clock = InstantSource.fixed(NOW);
    AdaptiveEngine engine =
        new AdaptiveEngine(
            new MongoAttemptLog(db),
            new MongoLearnerStates(db),
            new Policy(graph, catalog, SpacedReview.daily(clock), Policy.Config.standard()),
            model::get,
            clock);

    assertThat(
        engine.next("ana", "M"),
        is(new Activity.NewLesson("A", "New lesson A: it has no prerequisites.")));
    engine.lessonGiven("ana", "A");
    Activity activity = engine.next("ana", "M");
    int attempts = 0;
    while (activity instanceof Activity.Practice practice && attempts < 10) {
      AttemptRecord answer =
          new AttemptRecord(
              "ana", practice.item(), List.of("A"), true, 0, Duration.ofSeconds(20), NOW);
      activity = engine.record(answer, "M");
      attempts++;
    }
    assertThat(activity, instanceOf(Activity.NewLesson.class));
    assertThat(((Activity.NewLesson) activity).skill(), is("B"));
    // BKT by hand: P(known) 0.2 -> 0.671 -> 0.931 -> 0.989 after three right answers.
    assertThat(attempts, is(3));
    SkillMastery a = engine.mastery("ana", List.of("A")).get("A");
    assertThat(a.probability(), greaterThanOrEqualTo(0.95));
    assertThat(a.mastered(), is(true));
    assertThat(a.confidence(), closeTo(2 * a.probability() - 1, 1e-12));

    // A refit where right answers are weak evidence (guess 0.5) applies at once, without a restart.
    model.set(new BktModel("bkt", Map.of(), new BktParameters(0.2, 0.01, 0.0, 0.5, 0.1)));
    assertThat(engine.mastery("ana", List.of("A")).get("A").probability(), lessThan(0.95));
    assertThat(engine.mastery("ana", List.of("A")).get("A").mastered(), is(false));
  }

  /**
   * The same answer recorded twice (a turn cut after the engine wrote it, then run again) counts
   * once: one attempt in the log, the same mastery and the same next activity as after the first.
   */
  @Test
  void sameAttemptTwiceCountsOnce() {
    MongoDatabase db = MongoTestSupport.freshDatabase();
    SkillGraph graph = SkillGraph.of(List.of(new Skill("A", "M", List.of())));
    ItemCatalog catalog =
        ItemCatalog.of(List.of(Item.of("a1", "A"), Item.of("a2", "A"), Item.of("a3", "A")));
    InstantSource clock = InstantSource.fixed(NOW);
    MongoAttemptLog log = new MongoAttemptLog(db);
    AdaptiveEngine engine =
        new AdaptiveEngine(
            log,
            new MongoLearnerStates(db),
            new Policy(graph, catalog, SpacedReview.daily(clock), Policy.Config.standard()),
            () -> new BktModel("bkt", Map.of(), FAST),
            clock);
    engine.lessonGiven("ana", "A");
    AttemptRecord answer =
        new AttemptRecord("ana", "a1", List.of("A"), true, 0, Duration.ofSeconds(20), NOW);

    Activity first = engine.record(answer, "M");
    double mastery = engine.mastery("ana", List.of("A")).get("A").probability();
    Activity again = engine.record(answer, "M");

    assertThat(again, is(first));
    assertThat(log.forLearner("ana").size(), is(1));
    assertThat(engine.mastery("ana", List.of("A")).get("A").probability(), is(mastery));
  }
}
