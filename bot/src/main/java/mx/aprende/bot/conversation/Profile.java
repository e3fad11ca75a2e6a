package mx.aprende.bot.conversation;

import java.time.Instant;
import java.util.Optional;

/**
 * What the learner told us about themselves; everything but {@code consent} is personal data and
 * stays empty until consent is given.
 *
 * @param consent the learner's answer to the privacy notice
 * @param consentAt when they answered it
 * @param name how they want to be called
 * @param state code of the state they live in ({@code region.MexicanState#code})
 * @param goal what they want to finish
 * @param location last location shared (to find a learning center)
 * @param helpRequestedAt when they last asked for a person (asesor)
 */
public record Profile(
    Consent consent,
    Optional<Instant> consentAt,
    Optional<String> name,
    Optional<String> state,
    Optional<Goal> goal,
    Optional<Coordinates> location,
    Optional<Instant> helpRequestedAt) {

  /** Nothing known, consent not asked. */
  public static final Profile EMPTY =
      new Profile(
          Consent.UNASKED,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  /** The learner's answer to the privacy notice. */
  public enum Consent {
    UNASKED,
    GIVEN,
    REFUSED
  }

  /** What the learner wants to finish. */
  public enum Goal {
    PRIMARIA,
    SECUNDARIA,
    UNSURE
  }

  /** A shared location. */
  public record Coordinates(double latitude, double longitude) {}

  Profile withConsent(Consent value, Instant at) {
    return new Profile(value, Optional.of(at), name, state, goal, location, helpRequestedAt);
  }

  Profile withName(String value) {
    return new Profile(
        consent, consentAt, Optional.of(value), state, goal, location, helpRequestedAt);
  }

  Profile withState(String code) {
    return new Profile(
        consent, consentAt, name, Optional.of(code), goal, location, helpRequestedAt);
  }

  Profile withGoal(Goal value) {
    return new Profile(
        consent, consentAt, name, state, Optional.of(value), location, helpRequestedAt);
  }

  Profile withLocation(Coordinates value) {
    return new Profile(consent, consentAt, name, state, goal, Optional.of(value), helpRequestedAt);
  }

  Profile withHelpRequested(Instant at) {
    return new Profile(consent, consentAt, name, state, goal, location, Optional.of(at));
  }
}
