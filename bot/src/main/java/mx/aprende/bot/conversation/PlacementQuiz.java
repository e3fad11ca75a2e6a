package mx.aprende.bot.conversation;

import java.util.Optional;
import java.util.Set;
import mx.aprende.engine.policy.Placement;

/**
 * Port: the engine's adaptive placement quiz. Pure until {@link #finish}, which stores what the
 * learner already knows.
 */
public interface PlacementQuiz {

  /** A quiz not started. */
  Placement.State start();

  /** The exercise to ask next, or empty when the quiz is over. */
  Optional<String> next(Placement.State state);

  /** The quiz after the learner answered {@code exerciseId}. */
  Placement.State answer(Placement.State state, String exerciseId, boolean correct);

  /** Stores the skills found known for {@code learnerKey} and returns them. */
  Set<String> finish(String learnerKey, Placement.State state);
}
