package mx.aprende.bot.console.learners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.engine.AdaptiveEngine;
import mx.aprende.engine.SkillMastery;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.policy.Activity;

/** Progress from the adaptive engine: mastery per touched module, and its next step with reason. */
public final class EngineProgress implements LearnerProgress {

  private final AdaptiveEngine engine;
  private final SkillGraph graph;
  private final Map<String, String> moduleTitles;
  private final AnswerHistory history;

  public EngineProgress(
      AdaptiveEngine engine,
      SkillGraph graph,
      Map<String, String> moduleTitles,
      AnswerHistory history) {
    this.engine = engine;
    this.graph = graph;
    this.moduleTitles = Map.copyOf(moduleTitles);
    this.history = history;
  }

  @Override
  public Progress of(String learnerKey) {
    Map<String, Long> bySkill = history.attemptsBySkill(learnerKey);
    Map<String, Long> byModule = new LinkedHashMap<>();
    for (Skill skill : graph.skills()) {
      Long n = bySkill.get(skill.id());
      if (n != null) {
        byModule.merge(skill.module(), n, Long::sum);
      }
    }
    List<Progress.ModuleProgress> modules = new ArrayList<>();
    byModule.forEach(
        (module, attempts) -> {
          List<String> skills = graph.module(module).stream().map(Skill::id).toList();
          Map<String, SkillMastery> mastery = engine.mastery(learnerKey, skills);
          int mastered = (int) mastery.values().stream().filter(SkillMastery::mastered).count();
          modules.add(
              new Progress.ModuleProgress(
                  moduleTitles.getOrDefault(module, module), mastered, skills.size(), attempts));
        });
    Optional<String> module =
        history
            .latestSkill(learnerKey)
            .flatMap(id -> graph.skills().stream().filter(s -> s.id().equals(id)).findFirst())
            .map(Skill::module);
    if (module.isEmpty()) {
      return new Progress(modules, Optional.empty(), Optional.empty());
    }
    Activity next = engine.next(learnerKey, module.get());
    return new Progress(modules, Optional.of(describe(next)), Optional.of(reason(next)));
  }

  private static String describe(Activity activity) {
    return switch (activity) {
      case Activity.NewLesson lesson -> "Lección nueva: " + lesson.skill();
      case Activity.Practice practice ->
          "Práctica: " + practice.skill() + " (" + practice.item() + ")";
      case Activity.Review review -> "Repaso: " + review.skill() + " (" + review.item() + ")";
      case Activity.ModuleExam exam -> "Examen del módulo " + exam.module();
      case Activity.Blocked blocked -> "Sin actividad disponible";
    };
  }

  private static String reason(Activity activity) {
    return switch (activity) {
      case Activity.NewLesson lesson -> lesson.reason();
      case Activity.Practice practice -> practice.reason();
      case Activity.Review review -> review.reason();
      case Activity.ModuleExam exam -> exam.reason();
      case Activity.Blocked blocked -> blocked.reason();
    };
  }
}
