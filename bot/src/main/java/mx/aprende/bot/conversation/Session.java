package mx.aprende.bot.conversation;

import java.time.Instant;
import java.util.Optional;

/**
 * What the bot remembers of a learner between messages: everything needed to pick up where they
 * stopped, whether after a minute, a restart of the bot or weeks away.
 *
 * @param learnerKey the learner's channel key
 * @param firstSeen when the learner first wrote
 * @param lastSeen when the learner last wrote
 * @param turns how many messages the learner has sent
 * @param optedOut the learner asked to stop messages ("baja")
 * @param step what the bot is waiting for
 * @param pending a value the current step needs (the state code to confirm, for example)
 * @param profile consent and what the learner told us (empty before consent)
 * @param study where the learner is in their studies
 * @param streak days in a row with study
 */
public record Session(
    String learnerKey,
    Instant firstSeen,
    Instant lastSeen,
    long turns,
    boolean optedOut,
    Step step,
    Optional<String> pending,
    Profile profile,
    Study study,
    Streak streak) {

  /** A session with only the bookkeeping fields, as sessions were before onboarding existed. */
  public Session(
      String learnerKey, Instant firstSeen, Instant lastSeen, long turns, boolean optedOut) {
    this(
        learnerKey,
        firstSeen,
        lastSeen,
        turns,
        optedOut,
        Step.NEW,
        Optional.empty(),
        Profile.EMPTY,
        Study.NONE,
        Streak.NONE);
  }

  /** A learner we have never seen. */
  public static Session first(String learnerKey, Instant at) {
    return new Session(learnerKey, at, at, 0, false);
  }

  /** This session after one more message at {@code at}. */
  public Session touched(Instant at) {
    return new Session(
        learnerKey,
        firstSeen,
        at.isAfter(lastSeen) ? at : lastSeen,
        turns + 1,
        optedOut,
        step,
        pending,
        profile,
        study,
        streak);
  }

  /**
   * This session with the learner's choice about messages: opted out means no proactive message
   * (reminders, nudges) may ever be sent until they come back by writing to us.
   */
  public Session withOptedOut(boolean value) {
    return new Session(
        learnerKey, firstSeen, lastSeen, turns, value, step, pending, profile, study, streak);
  }

  public boolean isNew() {
    return turns == 0;
  }

  /** Whether the learner accepted the privacy notice (nothing personal is kept before). */
  public boolean consented() {
    return profile.consent() == Profile.Consent.GIVEN;
  }

  /** The name to call the learner by, once they told us. */
  public Optional<String> name() {
    return profile.name();
  }

  Session at(Step value) {
    return new Session(
        learnerKey,
        firstSeen,
        lastSeen,
        turns,
        optedOut,
        value,
        Optional.empty(),
        profile,
        study,
        streak);
  }

  Session at(Step value, String pendingValue) {
    return new Session(
        learnerKey,
        firstSeen,
        lastSeen,
        turns,
        optedOut,
        value,
        Optional.of(pendingValue),
        profile,
        study,
        streak);
  }

  Session with(Profile value) {
    return new Session(
        learnerKey, firstSeen, lastSeen, turns, optedOut, step, pending, value, study, streak);
  }

  Session with(Study value) {
    return new Session(
        learnerKey, firstSeen, lastSeen, turns, optedOut, step, pending, profile, value, streak);
  }

  Session with(Streak value) {
    return new Session(
        learnerKey, firstSeen, lastSeen, turns, optedOut, step, pending, profile, study, value);
  }

  /**
   * Everything personal forgotten (refusal at the age check): bookkeeping only, back to the start.
   */
  Session forgotten() {
    return new Session(learnerKey, firstSeen, lastSeen, turns, optedOut);
  }
}
