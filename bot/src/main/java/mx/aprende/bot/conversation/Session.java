package mx.aprende.bot.conversation;

import java.time.Instant;

/**
 * What the bot remembers of a learner between messages.
 *
 * @param learnerKey the learner's channel key
 * @param firstSeen when the learner first wrote
 * @param lastSeen when the learner last wrote
 * @param turns how many messages the learner has sent
 */
public record Session(String learnerKey, Instant firstSeen, Instant lastSeen, long turns) {

  /** A learner we have never seen. */
  public static Session first(String learnerKey, Instant at) {
    return new Session(learnerKey, at, at, 0);
  }

  /** This session after one more message at {@code at}. */
  public Session touched(Instant at) {
    return new Session(learnerKey, firstSeen, at.isAfter(lastSeen) ? at : lastSeen, turns + 1);
  }

  public boolean isNew() {
    return turns == 0;
  }
}
