package mx.aprende.engine.mastery;

import java.util.List;

/** The attempts of one learner, oldest first: what the models are fitted from and replayed on. */
public record LearnerHistory(String learnerId, List<Attempt> attempts) {

  /** Copies the attempts. */
  public LearnerHistory {
    attempts = List.copyOf(attempts);
  }
}
