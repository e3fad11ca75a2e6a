package mx.aprende.bot.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The record of sent messages and their delivery state. */
public interface OutboundLog {

  /** What a receipt did to the stored state. */
  enum Change {
    /** The state moved forward. */
    APPLIED,
    /** The receipt was older than or equal to what we know: ignored. */
    STALE
  }

  void recordSent(SentMessage message);

  /**
   * Moves a message to {@code delivery} unless it is already there or further. A receipt for a
   * message we have no record of is kept (it may arrive before the send is recorded).
   */
  Change applyReceipt(String messageId, Delivery delivery, Instant at, List<Integer> errorCodes);

  Optional<Delivery> delivery(String messageId);
}
