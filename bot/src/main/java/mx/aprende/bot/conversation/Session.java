package mx.aprende.bot.conversation;

import java.time.Instant;

/**
 * What the bot remembers of a learner between messages.
 *
 * @param learnerKey the learner's channel key
 * @param firstSeen when the learner first wrote
 * @param lastSeen when the learner last wrote
 * @param turns how many messages the learner has sent
 * @param optedOut the learner asked to stop messages ("baja")
 */
public record Session(
    String learnerKey, Instant firstSeen, Instant lastSeen, long turns, boolean optedOut) {

  /** A learner we have never seen. */
  public static Session first(String learnerKey, Instant at) {
    return new Session(learnerKey, at, at, 0, false);
  }

  /** This session after one more message at {@code at}. */
  public Session touched(Instant at) {
    return new Session(
        learnerKey, firstSeen, at.isAfter(lastSeen) ? at : lastSeen, turns + 1, optedOut);
  }

  /**
   * This session with the learner's choice about messages: opted out means no proactive message
   * (reminders, nudges) may ever be sent until they come back by writing to us.
   */
  public Session withOptedOut(boolean value) {
    return new Session(learnerKey, firstSeen, lastSeen, turns, value);
  }

  public boolean isNew() {
    return turns == 0;
  }
}
