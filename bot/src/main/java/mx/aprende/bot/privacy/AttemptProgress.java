package mx.aprende.bot.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import mx.aprende.engine.store.AttemptLog;
import mx.aprende.engine.store.AttemptRecord;

/**
 * A learner's progress from the attempts log (attempts and right answers per module of the item's
 * first skill) and the engine's mastery verdicts (skills mastered per module).
 */
public final class AttemptProgress implements ProgressSummary {

  private final AttemptLog attempts;
  private final Map<String, String> moduleOfSkill;
  private final Function<String, Set<String>> masteredSkills;

  /**
   * @param attempts the engine's attempts log
   * @param moduleOfSkill the module of every skill
   * @param masteredSkills the skills a learner has mastered, by learner key
   */
  public AttemptProgress(
      AttemptLog attempts,
      Map<String, String> moduleOfSkill,
      Function<String, Set<String>> masteredSkills) {
    this.attempts = attempts;
    this.moduleOfSkill = Map.copyOf(moduleOfSkill);
    this.masteredSkills = masteredSkills;
  }

  @Override
  public List<ModuleTally> of(String learnerKey) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (AttemptRecord attempt : attempts.forLearner(learnerKey)) {
      String module = moduleOfSkill.get(attempt.skills().getFirst());
      if (module != null) {
        long[] c = counts.computeIfAbsent(module, m -> new long[3]);
        c[0]++;
        c[1] += attempt.correct() ? 1 : 0;
      }
    }
    for (String skill : masteredSkills.apply(learnerKey)) {
      String module = moduleOfSkill.get(skill);
      if (module != null) {
        counts.computeIfAbsent(module, m -> new long[3])[2]++;
      }
    }
    return counts.entrySet().stream()
        .map(e -> new ModuleTally(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .toList();
  }
}
