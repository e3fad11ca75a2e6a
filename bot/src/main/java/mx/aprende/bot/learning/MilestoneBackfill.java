package mx.aprende.bot.learning;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.engine.AdaptiveEngine;
import mx.aprende.engine.SkillMastery;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.LearnerState;
import mx.aprende.engine.policy.SkillProgress;
import mx.aprende.engine.store.LearnerStateStore;

/**
 * Works out the milestones of learners who learned before milestones were recorded, from the
 * engine's current state, once per learner (run at start-up on a background thread; each learner is
 * marked when done, so a restart carries on where it stopped).
 *
 * <p>The exact moment is not known afterwards: a backfilled milestone carries the learner's last
 * practice time, the latest moment it can have happened (mastery only changes with an answer).
 * "Module ready" is asked of the policy only for modules whose skills are all mastered, the only
 * ones it can offer the exam of, so most learners cost one mastery replay.
 */
public final class MilestoneBackfill implements Runnable {

  private static final Logger LOG = Logger.getLogger(MilestoneBackfill.class.getName());

  private final AdaptiveEngine engine;
  private final EngineCurriculum curriculum;
  private final LearnerStateStore states;
  private final Milestones milestones;
  private final InstantSource clock;

  public MilestoneBackfill(
      AdaptiveEngine engine,
      EngineCurriculum curriculum,
      LearnerStateStore states,
      Milestones milestones,
      InstantSource clock) {
    this.engine = engine;
    this.curriculum = curriculum;
    this.states = states;
    this.milestones = milestones;
    this.clock = clock;
  }

  /** Backfills every learner not done yet; returns how many it did. */
  public int backfill() {
    List<String> pending = milestones.notBackfilled();
    List<String> skills = curriculum.graph().skills().stream().map(Skill::id).toList();
    List<String> modules =
        curriculum.graph().skills().stream().map(Skill::module).distinct().toList();
    for (String learner : pending) {
      Map<String, SkillMastery> mastery = engine.mastery(learner, skills);
      Instant at = lastPractice(states.load(learner)).orElseGet(clock::instant);
      if (mastery.values().stream().anyMatch(SkillMastery::mastered)) {
        milestones.skillMastered(learner, at);
        for (String module : modules) {
          boolean allMastered =
              curriculum.graph().module(module).stream()
                  .allMatch(s -> mastery.get(s.id()).mastered());
          if (allMastered && engine.next(learner, module) instanceof Activity.ModuleExam) {
            milestones.moduleReady(learner, module, at);
          }
        }
      }
      milestones.backfilled(learner, clock.instant());
    }
    return pending.size();
  }

  @Override
  public void run() {
    try {
      int done = backfill();
      if (done > 0) {
        LOG.info("Learning milestones backfilled for " + done + " learner(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Milestone backfill stopped; it resumes at the next start", e);
    }
  }

  private static Optional<Instant> lastPractice(LearnerState state) {
    return state.skills().values().stream()
        .map(SkillProgress::lastPractice)
        .flatMap(Optional::stream)
        .max(Instant::compareTo);
  }
}
