package mx.aprende.bot.learning;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.engine.AdaptiveEngine;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.BktParameters;
import mx.aprende.engine.mongo.MongoAttemptLog;
import mx.aprende.engine.mongo.MongoLearnerStates;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.Policy;
import mx.aprende.engine.policy.SpacedReview;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bot asking the engine, over the shipped curriculum and the engine's MongoDB stores. */
class LearningPathTest {

  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.parse("2026-11-28T15:00:00Z"));
  private LearningPath path;
  private EngineCurriculum curriculum;
  private MongoAttemptLog attempts;

  @BeforeEach
  void wire() {
    Curriculum shipped = TestBots.curriculum();
    curriculum = EngineCurriculum.from(shipped);
    MongoDatabase db = MongoTestSupport.freshDatabase();
    Policy policy =
        new Policy(
            curriculum.graph(),
            curriculum.catalog(),
            SpacedReview.daily(CLOCK),
            Policy.Config.standard());
    AdaptiveEngine engine =
        new AdaptiveEngine(
            new MongoAttemptLog(db),
            new MongoLearnerStates(db),
            policy,
            () -> new BktModel("bkt", Map.of(), BktParameters.DEFAULT),
            CLOCK);
    path = new LearningPath(curriculum, engine, CLOCK);
    attempts = new MongoAttemptLog(db);
  }

  /** Every skill and authored exercise of the curriculum reaches the engine. */
  @Test
  void curriculumReachesTheEngine() {
    Curriculum shipped = TestBots.curriculum();
    assertThat(curriculum.graph().skills().size(), is(shipped.skills().size()));
    int exercises = shipped.units().stream().mapToInt(u -> u.exercises().size()).sum();
    assertThat(curriculum.catalog().items().size(), is(exercises));
  }

  /**
   * A new learner in a first-level module is offered a lesson on a skill of that module, with a
   * reason.
   */
  @Test
  void newLearnerStartsWithALesson() {
    Activity next = path.next("5215512345678", "matematicas-para-empezar");
    assertThat(next, instanceOf(Activity.NewLesson.class));
    Activity.NewLesson lesson = (Activity.NewLesson) next;
    assertThat(curriculum.graph().skill(lesson.skill()).module(), is("matematicas-para-empezar"));
    assertThat(lesson.reason().isBlank(), is(false));
  }

  /**
   * A recorded attempt goes to the attempts log with its skills, and the engine says what is next.
   */
  @Test
  void recordingAnAttemptIsLoggedAndAnswered() {
    String item = curriculum.catalog().items().getFirst().id();
    Activity next = path.record("5215512345679", item, true, 1, Duration.ofSeconds(40));
    // What comes next is decided in the exercise's own module.
    String module =
        curriculum
            .graph()
            .skill(curriculum.catalog().items().getFirst().skills().getFirst())
            .module();
    assertThat(next, is(path.next("5215512345679", module)));
    assertThat(attempts.forLearner("5215512345679").size(), is(1));
    assertThat(attempts.forLearner("5215512345679").getFirst().itemId(), is(item));
    assertThat(attempts.forLearner("5215512345679").getFirst().hintsUsed(), is(1));
  }

  /**
   * An answer is logged at the time the learner sent it: the same answer recorded again (its turn
   * re-run after a crash) is logged once, and a later answer to the same exercise is a new attempt.
   */
  @Test
  void theSameAnswerAgainIsLoggedOnce() {
    String item = curriculum.catalog().items().getFirst().id();
    Instant sent = Instant.parse("2026-11-28T14:59:30Z");

    path.record("lk_rosa", item, true, 0, Duration.ofSeconds(20), sent);
    path.record("lk_rosa", item, true, 0, Duration.ofSeconds(20), sent);
    assertThat(attempts.forLearner("lk_rosa").size(), is(1));
    assertThat(attempts.forLearner("lk_rosa").getFirst().at(), is(sent));

    path.record("lk_rosa", item, false, 1, Duration.ofSeconds(30), sent.plusSeconds(600));
    assertThat(attempts.forLearner("lk_rosa").size(), is(2));
  }
}
