package mx.aprende.engine.mastery;

/**
 * The evolving belief of one model about one learner. Cheap to create (a small map per learner),
 * mutable, and not thread-safe: callers serialise the updates of one learner (the Mongo adapter
 * does so with single-document atomic updates).
 *
 * <p>The contract of knowledge tracing: call {@link #predict(Item)} for the next item
 * <em>before</em> the learner answers, then {@link #observe(Attempt)} with the outcome.
 */
public interface LearnerTrace {

  /** Probability that the learner answers {@code item} correctly at the next attempt. */
  double predict(Item item);

  /** Updates the belief with an observed answer. */
  void observe(Attempt attempt);

  /**
   * Estimated mastery of {@code skill} in [0, 1]: for BKT the probability that the skill is known,
   * for logistic models the predicted success on an average item of that skill.
   */
  double mastery(String skill);
}
