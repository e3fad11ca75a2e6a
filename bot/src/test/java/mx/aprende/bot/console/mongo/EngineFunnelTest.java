package mx.aprende.bot.console.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import mx.aprende.bot.console.dashboard.CenterScope;
import mx.aprende.bot.console.dashboard.Dashboard;
import mx.aprende.bot.console.dashboard.DashboardQuery;
import mx.aprende.bot.learning.EngineCurriculum;
import mx.aprende.bot.learning.LearningPath;
import mx.aprende.bot.learning.MilestoneBackfill;
import mx.aprende.bot.learning.mongo.MongoMilestones;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.AdaptiveEngine;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.BktParameters;
import mx.aprende.engine.mongo.MongoAttemptLog;
import mx.aprende.engine.mongo.MongoLearnerStates;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.Policy;
import mx.aprende.engine.policy.SpacedReview;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The funnel's learning stages from the real engine on MongoDB: learners are taught through the
 * learning path (the way the conversation asks it), the path records their milestones, and the
 * dashboard counts them; learners from before milestones were recorded are backfilled.
 */
class EngineFunnelTest {

  private static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");
  private static final InstantSource CLOCK = InstantSource.fixed(NOW);
  private long answers;

  private MongoDatabase db;
  private EngineCurriculum curriculum;
  private AdaptiveEngine engine;
  private LearningPath path;
  private MongoMilestones milestones;
  private String module;

  @BeforeEach
  void wire() {
    db = MongoTestSupport.freshDatabase();
    curriculum = EngineCurriculum.from(TestBots.curriculum());
    engine =
        new AdaptiveEngine(
            new MongoAttemptLog(db),
            new MongoLearnerStates(db),
            new Policy(
                curriculum.graph(),
                curriculum.catalog(),
                SpacedReview.daily(CLOCK),
                Policy.Config.standard()),
            () -> new BktModel("bkt", Map.of(), BktParameters.DEFAULT),
            CLOCK);
    milestones = new MongoMilestones(db);
    path = new LearningPath(curriculum, engine, CLOCK, milestones);
    // The smallest module that needs no other module first keeps the walk to readiness short.
    module =
        curriculum.graph().skills().stream()
            .map(Skill::module)
            .distinct()
            .filter(m -> path.next("probe", m) instanceof Activity.NewLesson)
            .min(Comparator.comparingInt(m -> curriculum.graph().module(m).size()))
            .orElseThrow();
  }

  /**
   * Signed up, answered, mastered a skill, ready for the module exam: each count is the engine's
   * verdict for the learners in scope, and nothing reached after the range's end is counted.
   */
  @Test
  void funnelFollowsTheEngine() {
    signUp("ready-1", "ready-2", "mastered-1", "beginner-1", "silent-1", "outside-1");
    assertThat(studyUntil(path, "ready-1", Goal.READY), is(true));
    assertThat(studyUntil(path, "ready-2", Goal.READY), is(true));
    assertThat(studyUntil(path, "mastered-1", Goal.FIRST_SKILL), is(true));
    assertThat(path.next("mastered-1", module) instanceof Activity.ModuleExam, is(false));
    answerOnce("beginner-1", false);
    assertThat(studyUntil(path, "outside-1", Goal.READY), is(true));

    Set<String> scope = Set.of("ready-1", "ready-2", "mastered-1", "beginner-1", "silent-1");
    assertThat(counts(funnel(scope, LocalDate.of(2026, 11, 28))), is(List.of(5L, 4L, 3L, 2L)));
    // A range that ended before any of it happened counts none of it.
    assertThat(counts(funnel(scope, LocalDate.of(2026, 11, 27))), is(List.of(0L, 0L, 0L, 0L)));
  }

  /**
   * Learners who studied before milestones were recorded get them from their engine state once: the
   * ready one counts as ready, the one still practising as neither.
   */
  @Test
  void earlierLearnersAreBackfilled() {
    LearningPath unrecorded = new LearningPath(curriculum, engine, CLOCK);
    signUp("old-ready", "old-beginner");
    assertThat(studyUntil(unrecorded, "old-ready", Goal.READY), is(true));
    answerOnce("old-beginner", false);
    Set<String> scope = Set.of("old-ready", "old-beginner");
    assertThat(counts(funnel(scope, LocalDate.of(2026, 11, 28))), is(List.of(2L, 2L, 0L, 0L)));

    MilestoneBackfill backfill =
        new MilestoneBackfill(engine, curriculum, new MongoLearnerStates(db), milestones, CLOCK);
    assertThat(backfill.backfill(), is(2));

    assertThat(counts(funnel(scope, LocalDate.of(2026, 11, 28))), is(List.of(2L, 2L, 1L, 1L)));
    Document ready =
        db.getCollection(MongoMilestones.COLLECTION).find(new Document("_id", "old-ready")).first();
    assertThat(ready.getList("readyModules", String.class), is(List.of(module)));
    // Done once: a second start has nothing left to do.
    assertThat(backfill.backfill(), is(0));
  }

  private enum Goal {
    FIRST_SKILL,
    READY
  }

  /**
   * Follows the engine's next activity in the module, answering right, and asks "mastered?" after
   * each answer as the conversation does; stops at the goal.
   */
  private boolean studyUntil(LearningPath learning, String learner, Goal goal) {
    for (int step = 0; step < 300; step++) {
      Activity next = learning.next(learner, module);
      switch (next) {
        case Activity.ModuleExam exam -> {
          return true;
        }
        case Activity.Blocked blocked -> {
          return false;
        }
        case Activity.NewLesson lesson -> learning.lessonGiven(learner, lesson.skill());
        case Activity.Practice practice -> {
          if (answered(learning, learner, practice.item(), practice.skill(), goal)) {
            return true;
          }
        }
        case Activity.Review review -> {
          if (answered(learning, learner, review.item(), review.skill(), goal)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean answered(
      LearningPath learning, String learner, String item, String skill, Goal goal) {
    learning.record(learner, item, true, 0, Duration.ofSeconds(20), answeredAt());
    return learning.mastered(learner, skill) && goal == Goal.FIRST_SKILL;
  }

  private void answerOnce(String learner, boolean correct) {
    String item =
        curriculum
            .catalog()
            .forSkill(curriculum.graph().module(module).getFirst().id())
            .getFirst()
            .id();
    path.record(learner, item, correct, 0, Duration.ofSeconds(20), answeredAt());
  }

  /**
   * Each answer its own time within the hour before {@code NOW}: the engine logs one attempt per
   * learner, exercise and time, as a learner's real answers have.
   */
  private Instant answeredAt() {
    return NOW.minus(Duration.ofMinutes(50)).plusMillis(answers++);
  }

  private void signUp(String... learners) {
    for (String key : learners) {
      db.getCollection("sessions")
          .insertOne(
              new Document("_id", key)
                  .append("firstSeen", Date.from(NOW.minus(Duration.ofHours(1))))
                  .append("lastSeen", Date.from(NOW))
                  .append("optedOut", false));
    }
  }

  private Dashboard funnel(Set<String> scope, LocalDate lastDay) {
    return new MongoDashboardSource(db, Map.of(), Map.of())
        .compute(
            new DashboardQuery(
                Optional.of(scope), new CenterScope.All(), lastDay.minusDays(29), lastDay, NOW));
  }

  private static List<Long> counts(Dashboard d) {
    return d.funnel().stream().map(Dashboard.Stage::count).map(OptionalLong::getAsLong).toList();
  }
}
