package mx.aprende.bot.learning;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.aprende.bot.reminders.WeeklyProgress;
import mx.aprende.bot.reminders.WeeklySummary;
import mx.aprende.engine.AdaptiveEngine;
import mx.aprende.engine.SkillMastery;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.store.AttemptLog;
import mx.aprende.engine.store.AttemptRecord;

/**
 * The weekly progress from the engine: the exercises answered in the week, and mastery in the
 * module of the latest one (the module the learner works on).
 */
public final class EngineWeeklyProgress implements WeeklyProgress {

  private final AttemptLog attempts;
  private final AdaptiveEngine engine;
  private final SkillGraph graph;
  private final Map<String, String> moduleOfSkill;
  private final Map<String, String> moduleTitles;

  public EngineWeeklyProgress(
      AttemptLog attempts,
      AdaptiveEngine engine,
      SkillGraph graph,
      Map<String, String> moduleTitles) {
    this.attempts = attempts;
    this.engine = engine;
    this.graph = graph;
    this.moduleOfSkill =
        graph.skills().stream().collect(Collectors.toMap(Skill::id, Skill::module));
    this.moduleTitles = Map.copyOf(moduleTitles);
  }

  @Override
  public Optional<WeeklySummary> since(String learnerKey, Instant from) {
    List<AttemptRecord> week =
        attempts.forLearner(learnerKey).stream().filter(a -> !a.at().isBefore(from)).toList();
    Optional<String> module =
        week.stream()
            .max(Comparator.comparing(AttemptRecord::at))
            .flatMap(
                a ->
                    a.skills().stream().map(moduleOfSkill::get).filter(m -> m != null).findFirst());
    if (module.isEmpty()) {
      return Optional.empty();
    }
    List<String> skills = graph.module(module.get()).stream().map(Skill::id).toList();
    int mastered =
        (int)
            engine.mastery(learnerKey, skills).values().stream()
                .filter(SkillMastery::mastered)
                .count();
    return Optional.of(
        new WeeklySummary(
            week.size(),
            mastered,
            skills.size(),
            moduleTitles.getOrDefault(module.get(), module.get())));
  }
}
