package mx.aprende.engine.simulation;

import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.LearnerState;

/**
 * Decides what a simulated learner does next. One instance teaches one learner (a teacher may keep
 * its own place in a sequence). The teachers compared by the simulation form a closed family.
 */
public sealed interface Teacher permits PolicyTeacher, LinearTeacher, RandomTeacher {

  /** The next activity, seeing only what a real tutor sees: the state and the model's belief. */
  Activity next(LearnerState state, LearnerTrace trace);

  /** The kinds of teacher, with the short names used in reports. */
  enum Kind {
    /** The engine's {@link mx.aprende.engine.policy.Policy}, after a placement test. */
    POLICY("policy"),
    /** Curriculum order, a fixed number of items per skill, then the next skill. */
    LINEAR("linear"),
    /** A random item of the module each time. */
    RANDOM("random");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The short name used in reports. */
    public String label() {
      return label;
    }
  }
}
