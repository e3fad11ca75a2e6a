package mx.aprende.bot.learning;

import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.aprende.bot.conversation.NextActivity;
import mx.aprende.engine.AdaptiveEngine;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.store.AttemptRecord;

/**
 * What the bot asks the adaptive engine, in the bot's terms: exercises by their curriculum id, the
 * learner by their channel key. The engine does the rest (stores, mastery model, policy).
 */
public final class LearningPath implements NextActivity {

  private final AdaptiveEngine engine;
  private final Map<String, Item> items;
  private final Map<String, String> moduleOfSkill;
  private final InstantSource clock;

  public LearningPath(EngineCurriculum curriculum, AdaptiveEngine engine, InstantSource clock) {
    this.engine = engine;
    this.items =
        curriculum.catalog().items().stream()
            .collect(Collectors.toMap(Item::id, Function.identity()));
    this.moduleOfSkill =
        curriculum.graph().skills().stream()
            .collect(Collectors.toMap(s -> s.id(), s -> s.module()));
    this.clock = clock;
  }

  /** The engine's next activity for {@code learnerKey} in {@code moduleId}, with its reason. */
  @Override
  public Activity next(String learnerKey, String moduleId) {
    return engine.next(learnerKey, moduleId);
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
  public Activity record(
      String learnerKey, String exerciseId, boolean correct, int hintsUsed, Duration responseTime) {
    Item item = items.get(exerciseId);
    if (item == null) {
      throw new IllegalArgumentException("unknown exercise " + exerciseId);
    }
    AttemptRecord attempt =
        new AttemptRecord(
            learnerKey,
            item.id(),
            item.skills(),
            correct,
            hintsUsed,
            responseTime,
            clock.instant());
    return engine.record(attempt, moduleOfSkill.get(item.skills().getFirst()));
  }
}
