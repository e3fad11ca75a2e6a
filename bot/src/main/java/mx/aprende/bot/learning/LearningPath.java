package mx.aprende.bot.learning;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.aprende.bot.conversation.LearnerModel;
import mx.aprende.bot.conversation.PlacementQuiz;
import mx.aprende.engine.AdaptiveEngine;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.Placement;
import mx.aprende.engine.store.AttemptRecord;

/**
 * What the bot asks the adaptive engine, in the bot's terms: exercises by their curriculum id, the
 * learner by their channel key. The engine does the rest (stores, mastery model, policy).
 *
 * <p>It also records the funnel's engine {@link Milestones} as it sees them: a skill the engine
 * calls mastered, a module exam the policy offers. Those verdicts are computed here anyway (the
 * conversation asks after every answer), so recording them costs no extra engine work.
 */
public final class LearningPath implements LearnerModel, PlacementQuiz {

  /** Questions in the placement quiz: enough to place, few enough for a first chat. */
  static final int PLACEMENT_QUESTIONS = 8;

  private final AdaptiveEngine engine;
  private final Map<String, Item> items;
  private final Map<String, String> moduleOfSkill;
  private final Placement placement;
  private final InstantSource clock;
  private final MilestoneRecorder milestones;

  /** A learning path that records no milestones. */
  public LearningPath(EngineCurriculum curriculum, AdaptiveEngine engine, InstantSource clock) {
    this(curriculum, engine, clock, new Unrecorded());
  }

  /** A learning path that records the funnel's milestones in {@code milestones}. */
  public LearningPath(
      EngineCurriculum curriculum,
      AdaptiveEngine engine,
      InstantSource clock,
      Milestones milestones) {
    this.milestones = new MilestoneRecorder(milestones);
    this.engine = engine;
    this.items =
        curriculum.catalog().items().stream()
            .collect(Collectors.toMap(Item::id, Function.identity()));
    this.moduleOfSkill =
        curriculum.graph().skills().stream()
            .collect(Collectors.toMap(s -> s.id(), s -> s.module()));
    this.placement = new Placement(curriculum.graph(), curriculum.catalog(), PLACEMENT_QUESTIONS);
    this.clock = clock;
  }

  /** The engine's next activity for {@code learnerKey} in {@code moduleId}, with its reason. */
  @Override
  public Activity next(String learnerKey, String moduleId) {
    return observed(learnerKey, engine.next(learnerKey, moduleId));
  }

  @Override
  public void lessonGiven(String learnerKey, String skill) {
    engine.lessonGiven(learnerKey, skill);
  }

  @Override
  public boolean mastered(String learnerKey, String skill) {
    boolean mastered = engine.mastery(learnerKey, List.of(skill)).get(skill).mastered();
    if (mastered) {
      milestones.skillMastered(learnerKey, clock.instant());
    }
    return mastered;
  }

  /**
   * The mastery estimate (0 to 1) of every skill of {@code moduleId} for {@code learnerKey}, in
   * skill id order: what exam readiness and a review plan after a failed exam look at.
   */
  public Map<String, Double> moduleMastery(String learnerKey, String moduleId) {
    List<String> skills =
        moduleOfSkill.entrySet().stream()
            .filter(e -> e.getValue().equals(moduleId))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    Map<String, Double> result = new LinkedHashMap<>();
    engine.mastery(learnerKey, skills).forEach((skill, m) -> result.put(skill, m.probability()));
    return result;
  }

  /**
   * Records an answer to an exercise (appended to the attempts log the models are refitted from,
   * and applied to the learner's state) and returns what comes next in the exercise's module.
   *
   * @throws IllegalArgumentException for an exercise the curriculum does not have
   */
  @Override
  public Activity record(
      String learnerKey,
      String exerciseId,
      boolean correct,
      int hintsUsed,
      Duration responseTime,
      Instant answeredAt) {
    Item item = item(exerciseId);
    AttemptRecord attempt =
        new AttemptRecord(
            learnerKey, item.id(), item.skills(), correct, hintsUsed, responseTime, answeredAt);
    return observed(
        learnerKey, engine.record(attempt, moduleOfSkill.get(item.skills().getFirst())));
  }

  /** Records an answer given now (tools and tests; the conversation passes the turn's time). */
  public Activity record(
      String learnerKey, String exerciseId, boolean correct, int hintsUsed, Duration responseTime) {
    return record(learnerKey, exerciseId, correct, hintsUsed, responseTime, clock.instant());
  }

  private Activity observed(String learnerKey, Activity next) {
    if (next instanceof Activity.ModuleExam exam) {
      milestones.moduleReady(learnerKey, exam.module(), clock.instant());
    }
    return next;
  }

  @Override
  public Placement.State start() {
    return placement.start();
  }

  @Override
  public Optional<String> next(Placement.State state) {
    return placement.next(state).map(Item::id);
  }

  @Override
  public Placement.State answer(Placement.State state, String exerciseId, boolean correct) {
    return placement.answer(state, item(exerciseId), correct);
  }

  @Override
  public Set<String> finish(String learnerKey, Placement.State state) {
    Set<String> known = placement.known(state);
    engine.placed(learnerKey, known);
    return known;
  }

  private Item item(String exerciseId) {
    Item item = items.get(exerciseId);
    if (item == null) {
      throw new IllegalArgumentException("unknown exercise " + exerciseId);
    }
    return item;
  }

  /** Milestones nobody reads (tools and tests that only need the engine). */
  private static final class Unrecorded implements Milestones {
    @Override
    public void skillMastered(String learnerKey, Instant at) {}

    @Override
    public void moduleReady(String learnerKey, String moduleId, Instant at) {}

    @Override
    public List<String> notBackfilled() {
      return List.of();
    }

    @Override
    public void backfilled(String learnerKey, Instant at) {}
  }
}
