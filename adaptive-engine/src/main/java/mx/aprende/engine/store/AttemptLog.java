package mx.aprende.engine.store;

import java.util.List;
import mx.aprende.engine.mastery.LearnerHistory;

/** Append-only log of every attempt: the data the mastery models are refitted from. */
public interface AttemptLog {

  /**
   * Appends one attempt, unless the log already has this very attempt (the same learner, item and
   * time): a turn cut after this write and run again records the same answer again.
   *
   * @return whether it was appended (false: it was already there)
   */
  boolean append(AttemptRecord attempt);

  /** The attempts of {@code learnerId}, oldest first. */
  List<AttemptRecord> forLearner(String learnerId);

  /** Every learner's history, oldest attempt first, for refitting. */
  List<LearnerHistory> histories();
}
