package mx.aprende.bot.outbox;

import java.util.Objects;

/**
 * One message waiting in (or gone through) the durable outbox.
 *
 * @param id deterministic: {@code <inbound message id>#<index>}, so re-running a turn after a crash
 *     cannot enqueue the same reply twice
 * @param learnerKey whose queue it is in (messages of one learner go out one at a time, in order)
 * @param recipient the channel address (phone digits or BSUID); personal data, never logged
 * @param sequence orders one learner's messages: later turns and later indexes are larger
 * @param type the channel's message type tag (metrics)
 * @param payload the channel's rendered message (WhatsApp: the request JSON without recipient)
 */
public record OutboxItem(
    String id, String learnerKey, String recipient, long sequence, String type, String payload) {

  /** Rejects nulls and blanks. */
  public OutboxItem {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(type, "type");
    if (id.isBlank() || learnerKey.isBlank() || recipient.isBlank()) {
      throw new IllegalArgumentException("an outbox item needs an id, a learner and a recipient");
    }
  }

  /** The id of the {@code index}-th message sent in answer to {@code sourceMessageId}. */
  public static String idFor(String sourceMessageId, int index) {
    return sourceMessageId + "#" + index;
  }

  /** The inbound message this item answers (the id before {@code #}). */
  public String sourceMessageId() {
    return id.substring(0, id.lastIndexOf('#'));
  }
}
