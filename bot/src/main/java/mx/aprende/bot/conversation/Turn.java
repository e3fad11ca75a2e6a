package mx.aprende.bot.conversation;

import java.time.Instant;
import java.util.Optional;

/**
 * One inbound message as the conversation sees it.
 *
 * @param learnerKey stable key of the learner on its channel (never shown or logged)
 * @param messageId the channel's message id (for replies in context and deduplication)
 * @param at when the learner sent it
 * @param profileName the name the learner's app shows, when the channel gives one
 * @param input what was sent
 */
public record Turn(
    String learnerKey, String messageId, Instant at, Optional<String> profileName, Inbound input) {

  public Turn {
    if (learnerKey.isBlank()) {
      throw new IllegalArgumentException("a turn needs a learner key");
    }
  }

  /** A text turn, for tests and tools. */
  public static Turn text(
      String learnerKey, String messageId, Instant at, String profileName, String body) {
    return new Turn(learnerKey, messageId, at, Optional.of(profileName), new Inbound.Text(body));
  }
}
