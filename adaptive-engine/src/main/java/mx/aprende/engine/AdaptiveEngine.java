package mx.aprende.engine;

import java.time.InstantSource;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.mastery.MasteryModel;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.LearnerState;
import mx.aprende.engine.policy.Policy;
import mx.aprende.engine.store.AttemptLog;
import mx.aprende.engine.store.AttemptRecord;
import mx.aprende.engine.store.LearnerStateStore;

/**
 * What the bot calls: record what a learner did, ask what they should do next. Wires the attempts
 * log, the learner state store, the current mastery model and the policy.
 *
 * <p>The model's belief about a learner is rebuilt by replaying that learner's attempts from the
 * log on every call. That costs microseconds per attempt (a learner has hundreds, not millions),
 * and it means a refitted model (the {@code model} supplier may return a newer one at any time)
 * applies to every learner at once, with no stored belief to migrate.
 */
public final class AdaptiveEngine {

  private final AttemptLog log;
  private final LearnerStateStore states;
  private final Policy policy;
  private final Supplier<MasteryModel> model;
  private final InstantSource clock;

  /** An engine over the given stores, policy, current-model supplier and clock. */
  public AdaptiveEngine(
      AttemptLog log,
      LearnerStateStore states,
      Policy policy,
      Supplier<MasteryModel> model,
      InstantSource clock) {
    this.log = log;
    this.states = states;
    this.policy = policy;
    this.model = model;
    this.clock = clock;
  }

  /** The next activity of {@code learnerId} in {@code module}. */
  public Activity next(String learnerId, String module) {
    return policy.next(states.load(learnerId), trace(learnerId), module);
  }

  /** Records that the lesson of {@code skill} was given. */
  public void lessonGiven(String learnerId, String skill) {
    states.update(learnerId, s -> s.withLesson(skill));
  }

  /** Records placement's verdict: {@code known} skills are already mastered. */
  public void placed(String learnerId, Set<String> known) {
    states.update(learnerId, s -> s.withPlacement(known, clock.instant()));
  }

  /**
   * Appends the attempt to the log, updates the learner's state, and returns the next activity. The
   * same attempt again (same learner, item and time: a re-run of a turn cut after it was recorded)
   * changes nothing and returns what comes next as it stands.
   */
  public Activity record(AttemptRecord attempt, String module) {
    LearnerTrace before = trace(attempt.learnerId());
    LearnerState current = states.load(attempt.learnerId());
    Set<String> masteredBefore = new HashSet<>();
    for (String skill : attempt.skills()) {
      if (policy.mastered(current, before, skill)) {
        masteredBefore.add(skill);
      }
    }
    if (!log.append(attempt)) {
      return policy.next(current, before, module);
    }
    LearnerState next =
        states.update(
            attempt.learnerId(),
            s -> s.withAttempt(attempt.attempt(), attempt.at(), masteredBefore));
    before.observe(attempt.attempt());
    return policy.next(next, before, module);
  }

  /** Mastery, verdict and confidence per skill for dashboards, in the order given. */
  public Map<String, SkillMastery> mastery(String learnerId, Iterable<String> skills) {
    LearnerTrace trace = trace(learnerId);
    LearnerState state = states.load(learnerId);
    Map<String, SkillMastery> result = new LinkedHashMap<>();
    for (String skill : skills) {
      result.put(
          skill, SkillMastery.of(trace.mastery(skill), policy.mastered(state, trace, skill)));
    }
    return result;
  }

  private LearnerTrace trace(String learnerId) {
    LearnerTrace trace = model.get().newLearner();
    for (AttemptRecord r : log.forLearner(learnerId)) {
      trace.observe(r.attempt());
    }
    return trace;
  }
}
