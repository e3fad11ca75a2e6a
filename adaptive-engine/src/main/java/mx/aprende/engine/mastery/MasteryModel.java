package mx.aprende.engine.mastery;

/**
 * A fitted knowledge-tracing model. It is immutable and thread-safe; everything that changes as a
 * learner practises lives in the {@link LearnerTrace} it hands out, one per learner.
 */
public interface MasteryModel {

  /** Short name used on the command line and in reports, e.g. {@code bkt} or {@code best-lr}. */
  String name();

  /** The belief about a learner who has not attempted anything yet. */
  LearnerTrace newLearner();
}
