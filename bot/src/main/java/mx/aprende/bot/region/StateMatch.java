package mx.aprende.bot.region;

import java.util.List;

/**
 * What {@link StateMatcher} made of a learner's answer: one state, a few close candidates to offer
 * as buttons, or nothing recognisable.
 */
public sealed interface StateMatch {
  /** Exactly one state fits; the conversation still confirms it with the learner. */
  record Found(MexicanState state) implements StateMatch {}

  /** Two or three states fit equally well; ask which one. */
  record Ambiguous(List<MexicanState> candidates) implements StateMatch {
    /** Copies the candidates; there are two or three of them. */
    public Ambiguous {
      candidates = List.copyOf(candidates);
      if (candidates.size() < 2 || candidates.size() > 3) {
        throw new IllegalArgumentException(
            "An ambiguous match has 2 or 3 candidates, not " + candidates.size());
      }
    }
  }

  /** No state recognised; ask again, perhaps with an example. */
  record NotFound() implements StateMatch {}
}
