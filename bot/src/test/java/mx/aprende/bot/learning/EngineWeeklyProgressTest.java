package mx.aprende.bot.learning;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import mx.aprende.bot.reminders.WeeklySummary;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.engine.AdaptiveEngine;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.BktParameters;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mongo.MongoAttemptLog;
import mx.aprende.engine.mongo.MongoLearnerStates;
import mx.aprende.engine.policy.Policy;
import mx.aprende.engine.policy.SpacedReview;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

/** The weekly figures read from the engine over the shipped curriculum and its MongoDB stores. */
class EngineWeeklyProgressTest {

  private static final String ANA = "5215512345678";
  private static final String MODULE = "matematicas-para-empezar";

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-20T15:00:00Z"));
  private final Curriculum shipped = TestBots.curriculum();
  private final EngineCurriculum curriculum = EngineCurriculum.from(shipped);
  private final MongoDatabase db = MongoTestSupport.freshDatabase();
  private final AdaptiveEngine engine =
      new AdaptiveEngine(
          new MongoAttemptLog(db),
          new MongoLearnerStates(db),
          new Policy(
              curriculum.graph(),
              curriculum.catalog(),
              SpacedReview.daily(now::get),
              Policy.Config.standard()),
          () -> new BktModel("bkt", Map.of(), BktParameters.DEFAULT),
          now::get);
  private final LearningPath path = new LearningPath(curriculum, engine, now::get);
  private final Map<String, String> titles =
      shipped.modules().stream().collect(Collectors.toMap(m -> m.id(), m -> m.title()));
  private final EngineWeeklyProgress progress =
      new EngineWeeklyProgress(new MongoAttemptLog(db), engine, curriculum.graph(), titles);

  private List<Item> moduleItems() {
    return curriculum.catalog().items().stream()
        .filter(i -> curriculum.graph().skill(i.skills().getFirst()).module().equals(MODULE))
        .toList();
  }

  /**
   * Only the week's exercises count, and mastery is that of the module of the latest one: the
   * figures the conversation's own mastery check gives.
   */
  @Test
  void countsTheWeekAndTheModuleOfTheLatestExercise() {
    List<Item> items = moduleItems();
    path.record(ANA, items.getFirst().id(), true, 0, Duration.ofSeconds(30));
    now.set(now.get().plus(Duration.ofDays(8)));
    for (Item item : items.subList(0, 3)) {
      path.record(ANA, item.id(), true, 0, Duration.ofSeconds(30));
    }
    List<String> skills = curriculum.graph().module(MODULE).stream().map(Skill::id).toList();
    int mastered = (int) skills.stream().filter(s -> path.mastered(ANA, s)).count();
    assertThat(
        progress.since(ANA, now.get().minus(Duration.ofDays(7))),
        is(Optional.of(new WeeklySummary(3, mastered, skills.size(), titles.get(MODULE)))));
  }

  /** A learner whose exercises are all older than the week has nothing to report. */
  @Test
  void noExerciseThisWeekIsNothingToReport() {
    path.record(ANA, moduleItems().getFirst().id(), true, 0, Duration.ofSeconds(30));
    now.set(now.get().plus(Duration.ofDays(8)));
    assertThat(progress.since(ANA, now.get().minus(Duration.ofDays(7))), is(Optional.empty()));
    assertThat(progress.since("5215500000000", now.get()), is(Optional.empty()));
  }
}
