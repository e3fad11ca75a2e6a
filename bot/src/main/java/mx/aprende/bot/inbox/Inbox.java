package mx.aprende.bot.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Durable store of inbound messages: the port the webhook writes to and the processor reads. */
public interface Inbox {

  /** What {@link #accept} did. */
  enum Acceptance {
    /** Stored for the first time: process it. */
    ACCEPTED,
    /** Seen before (the channel retried): acknowledge, do not process again. */
    DUPLICATE
  }

  /**
   * Stores a message unless its id is known.
   *
   * @throws InboxUnavailableException when the store cannot be reached (the webhook answers 503 so
   *     the channel retries)
   */
  Acceptance accept(InboundRecord record);

  /**
   * Stores several messages, each unless its id is known (a batch may repeat an id: the second is a
   * duplicate). One round trip where the store allows it.
   *
   * @return what happened to each record, in order
   * @throws InboxUnavailableException when the store cannot be reached; records of the batch may or
   *     may not be stored (a retry finds the stored ones as duplicates)
   */
  default List<Acceptance> acceptAll(List<InboundRecord> records) {
    return records.stream().map(this::accept).toList();
  }

  Optional<InboundRecord> find(String messageId);

  /** The message if it is stored and not processed yet (one read on the hot path). */
  Optional<InboundRecord> findUnprocessed(String messageId);

  /** Marks a message done; processing it again is a no-op. */
  void markProcessed(String messageId, Instant at);

  /** Records a failed attempt, keeping the message for a retry at the next start-up. */
  void markFailed(String messageId, Instant at, String reason);

  /**
   * The learner's messages not processed yet that were sent before {@code message} (by send time,
   * then by arrival), oldest first, at most {@code limit}. Messages whose processing failed are
   * left out: they wait for the start-up resume, as before.
   */
  List<InboundRecord> pendingBefore(InboundRecord message, int limit);

  /** Messages accepted but not yet processed, oldest first by send time. */
  List<InboundRecord> unfinished(int limit);

  /** Whether the message has been processed. */
  boolean isProcessed(String messageId);

  /**
   * Deletes processed messages processed before {@code cutoff}. Their ids stop deduplicating, so
   * the cutoff must stay beyond Meta's retry horizon (7 days).
   *
   * @return how many were deleted
   */
  long purgeProcessedBefore(Instant cutoff);
}
