package mx.aprende.bot.exam;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.conversation.NextActivity;
import mx.aprende.engine.policy.Activity;

/**
 * {@link Readiness} from the adaptive engine: its next activity says whether the module exam is due
 * ({@link Activity.ModuleExam}); the per-skill mastery says what is missing.
 */
public final class EngineReadiness implements Readiness {

  /** Mastery below this counts as missing (the engine's own mastery verdict is stricter). */
  private static final double MASTERED = 0.95;

  private final Catalog catalog;
  private final NextActivity engine;
  private final BiFunction<String, String, Map<String, Double>> mastery;

  /**
   * @param mastery learner key and module id to the mastery probability of each skill of the module
   */
  public EngineReadiness(
      Catalog catalog,
      NextActivity engine,
      BiFunction<String, String, Map<String, Double>> mastery) {
    this.catalog = catalog;
    this.engine = engine;
    this.mastery = mastery;
  }

  @Override
  public Verdict of(String learnerKey, String moduleId) {
    return switch (engine.next(learnerKey, moduleId)) {
      case Activity.ModuleExam exam -> new Verdict.Ready(moduleId);
      case Activity.Blocked blocked -> new Verdict.Locked(moduleId);
      case Activity.NewLesson lesson ->
          notYet(learnerKey, moduleId, "aprender *" + name(lesson.skill()) + "*");
      case Activity.Practice practice ->
          notYet(learnerKey, moduleId, "practicar *" + name(practice.skill()) + "*");
      case Activity.Review review ->
          notYet(learnerKey, moduleId, "repasar *" + name(review.skill()) + "*");
    };
  }

  @Override
  public List<String> weakestSkills(String learnerKey, String moduleId, int max) {
    return mastery.apply(learnerKey, moduleId).entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(max)
        .map(e -> name(e.getKey()))
        .toList();
  }

  private Verdict notYet(String learnerKey, String moduleId, String nextStep) {
    List<String> missing =
        mastery.apply(learnerKey, moduleId).entrySet().stream()
            .filter(e -> e.getValue() < MASTERED)
            .sorted(Comparator.comparingDouble(Map.Entry::getValue))
            .map(e -> name(e.getKey()))
            .toList();
    return new Verdict.NotYet(moduleId, nextStep, missing);
  }

  private String name(String skillId) {
    return catalog.skillNames().getOrDefault(skillId, skillId);
  }
}
