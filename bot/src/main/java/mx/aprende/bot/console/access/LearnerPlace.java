package mx.aprende.bot.console.access;

import java.util.Optional;
import mx.aprende.bot.region.MexicanState;

/**
 * Where a learner belongs, as far as the console's scopes are concerned.
 *
 * @param state the learner's state, when known
 * @param center the learner's study or exam center id, when known
 */
public record LearnerPlace(Optional<MexicanState> state, Optional<String> center) {

  /** A learner of whom we know nothing: only admins see them. */
  public static final LearnerPlace UNKNOWN = new LearnerPlace(Optional.empty(), Optional.empty());

  public static LearnerPlace of(MexicanState state) {
    return new LearnerPlace(Optional.of(state), Optional.empty());
  }
}
