package mx.aprende.engine.simulation;

import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.LearnerState;
import mx.aprende.engine.policy.Policy;

/** Teaches with the engine's {@link Policy} in one module. */
public record PolicyTeacher(Policy policy, String module) implements Teacher {

  @Override
  public Activity next(LearnerState state, LearnerTrace trace) {
    return policy.next(state, trace, module);
  }
}
