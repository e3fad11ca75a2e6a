package mx.aprende.engine.store;

import java.util.function.UnaryOperator;
import mx.aprende.engine.policy.LearnerState;

/**
 * Stores each learner's {@link LearnerState}. {@link #update} is atomic per learner: concurrent
 * updates of the same learner are applied one after the other, never lost or interleaved.
 */
public interface LearnerStateStore {

  /** The stored state, or a fresh one when the learner is new. */
  LearnerState load(String learnerId);

  /**
   * Applies {@code change} to the current state and stores the result atomically; {@code change}
   * must be pure, as it may run more than once when another writer got there first. Returns the
   * stored state.
   */
  LearnerState update(String learnerId, UnaryOperator<LearnerState> change);
}
