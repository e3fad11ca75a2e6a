package mx.aprende.bot.console.dashboard;

import java.util.Set;

/**
 * The exam centers a dashboard covers: every center (admins), the centers of some states (state
 * coordinators) or one center (center coordinators).
 */
public sealed interface CenterScope {

  /** Every center. */
  record All() implements CenterScope {}

  /** Centers located in these states ({@code stateCodes}: INEGI codes such as {@code 09}). */
  record InStates(Set<String> stateCodes) implements CenterScope {
    public InStates {
      stateCodes = Set.copyOf(stateCodes);
    }
  }

  /** One center, by its id. */
  record One(String centerId) implements CenterScope {}
}
