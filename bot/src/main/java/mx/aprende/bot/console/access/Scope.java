package mx.aprende.bot.console.access;

import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.region.MexicanState;

/**
 * The learners a staff member may see: everyone (admins), some states (tutors, state coordinators)
 * or one center (center coordinators).
 */
public sealed interface Scope {

  /** Whether a learner at {@code place} is inside this scope. */
  boolean covers(LearnerPlace place);

  /** A short Spanish description for the page header. */
  String label();

  /** Every learner. */
  record Everyone() implements Scope {
    @Override
    public boolean covers(LearnerPlace place) {
      return true;
    }

    @Override
    public String label() {
      return "Todo el país";
    }
  }

  /** Learners of these states. */
  record States(Set<MexicanState> states) implements Scope {
    public States {
      states = Set.copyOf(states);
    }

    @Override
    public boolean covers(LearnerPlace place) {
      return place.state().map(states::contains).orElse(false);
    }

    @Override
    public String label() {
      return String.join(", ", states.stream().map(MexicanState::shortName).sorted().toList());
    }
  }

  /** Learners of one center. */
  record Center(String center) implements Scope {
    @Override
    public boolean covers(LearnerPlace place) {
      return place.center().map(center::equals).orElse(false);
    }

    @Override
    public String label() {
      return "Centro " + center;
    }
  }

  /** The scope as stored: states, or a center, or none for everyone. */
  static Scope of(Set<MexicanState> states, Optional<String> center) {
    if (center.isPresent()) {
      return new Center(center.get());
    }
    return states.isEmpty() ? new Everyone() : new States(states);
  }
}
