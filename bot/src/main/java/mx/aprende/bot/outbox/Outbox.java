package mx.aprende.bot.outbox;

import java.time.Instant;
import java.util.List;

/**
 * The durable store behind the outbox: messages are written here before anything is sent, and every
 * state change of a send is written back, so a restart knows exactly what is left to do.
 */
public interface Outbox {

  /**
   * An item as stored, with where its sending stands.
   *
   * @param item the message
   * @param state its state
   * @param attempts send attempts made so far
   */
  record Stored(OutboxItem item, OutboxState state, int attempts) {}

  /**
   * Stores items whose ids are new; ids already stored are left as they are (a re-run turn).
   *
   * @return how many were new
   */
  int enqueue(List<OutboxItem> items);

  /** Whether any reply to {@code sourceMessageId} was already enqueued. */
  boolean answered(String sourceMessageId);

  /** Items not sent yet (pending, or a send started before a stop), in send order per learner. */
  List<Stored> unsent(int limit);

  /** Records that a send of {@code id} starts now (so a crash after it is detectable). */
  void sending(String id, Instant at);

  /** Records the channel's acceptance. */
  void sent(String id, String channelMessageId, Instant at);

  /** Back to pending after a failed attempt. */
  void retryLater(String id, int attempts, Instant notBefore, String reason);

  /**
   * A final state other than sent ({@link OutboxState#PARKED}, {@code WINDOW_CLOSED}...); {@code
   * WINDOW_CLOSED} also marks the learner's window closed.
   */
  void finish(OutboxItem item, OutboxState state, String reason, Instant at);

  /**
   * Whether the learner's 24-hour window is known to be closed: free-form messages fail until the
   * learner writes again, so only an approved template can reach them (reminders check this).
   */
  boolean windowClosed(String learnerKey);

  /**
   * A sent message later failed with "window closed" (WhatsApp reports 131047 in a receipt): marks
   * its item {@link OutboxState#WINDOW_CLOSED}.
   *
   * @return whether an item was found for that channel message id
   */
  boolean windowClosedAfterSend(String channelMessageId, Instant at);

  /** Items of the learner that could not go out because their window closed (oldest first). */
  List<OutboxItem> awaitingTemplate(String learnerKey);

  /**
   * The learner wrote again, which reopens the window: items left waiting for a template are
   * dropped (the new turn's replies supersede them).
   *
   * @return how many were dropped
   */
  int reopenWindow(String learnerKey, Instant at);

  /** An item's state, for tests and tools. */
  java.util.Optional<Stored> find(String id);
}
