package mx.aprende.bot.learning;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Set;
import java.util.stream.Collectors;
import mx.aprende.bot.conversation.NextActivity;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.mastery.MasteryModel;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.LearnerState;
import mx.aprende.engine.policy.Policy;
import mx.aprende.engine.store.AttemptLog;
import mx.aprende.engine.store.AttemptRecord;
import mx.aprende.engine.store.LearnerStateStore;

/**
 * What the bot asks the engine: the next activity for a learner in a module, and recording an
 * attempt. Loads the learner's state and history through the engine's ports, calls the pure policy,
 * and saves once (a single-document atomic update, so two attempts at once cannot corrupt state).
 */
public final class LearningPath implements NextActivity {

  private final EngineCurriculum curriculum;
  private final Policy policy;
  private final MasteryModel model;
  private final LearnerStateStore states;
  private final AttemptLog attempts;
  private final InstantSource clock;

  public LearningPath(
      EngineCurriculum curriculum,
      Policy policy,
      MasteryModel model,
      LearnerStateStore states,
      AttemptLog attempts,
      InstantSource clock) {
    this.curriculum = curriculum;
    this.policy = policy;
    this.model = model;
    this.states = states;
    this.attempts = attempts;
    this.clock = clock;
  }

  /** The engine's next activity for {@code learnerKey} in {@code moduleId}, with its reason. */
  @Override
  public Activity next(String learnerKey, String moduleId) {
    return policy.next(states.load(learnerKey), trace(learnerKey), moduleId);
  }

  /**
   * Records an answer to an exercise: appended to the attempts log (what models are refitted from)
   * and applied to the learner's state.
   */
  public LearnerState record(
      String learnerKey, String exerciseId, boolean correct, int hintsUsed, Duration responseTime) {
    Item item =
        curriculum.catalog().items().stream()
            .filter(i -> i.id().equals(exerciseId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown exercise " + exerciseId));
    var now = clock.instant();
    LearnerTrace before = trace(learnerKey);
    attempts.append(
        new AttemptRecord(
            learnerKey, item.id(), item.skills(), correct, hintsUsed, responseTime, now));
    return states.update(
        learnerKey,
        state ->
            state.withAttempt(
                new Attempt(item, correct, now.getEpochSecond()),
                now,
                mastered(state, before, item)));
  }

  /**
   * Which of the item's skills were mastered before this attempt (the review schedule needs it).
   */
  private Set<String> mastered(LearnerState state, LearnerTrace trace, Item item) {
    return item.skills().stream()
        .filter(skill -> policy.mastered(state, trace, skill))
        .collect(Collectors.toSet());
  }

  /** The mastery model's view of the learner, rebuilt from their attempts (short for a learner). */
  private LearnerTrace trace(String learnerKey) {
    LearnerTrace trace = model.newLearner();
    for (AttemptRecord a : attempts.forLearner(learnerKey)) {
      Item item = new Item(a.itemId(), a.skills());
      trace.observe(new Attempt(item, a.correct(), a.at().getEpochSecond()));
    }
    return trace;
  }
}
