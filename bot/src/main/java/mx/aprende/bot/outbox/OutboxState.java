package mx.aprende.bot.outbox;

/** Where an outbox item is in its life. */
public enum OutboxState {
  /** Waiting to be sent (first time or after a retryable failure). */
  PENDING,
  /**
   * A send was started. Found like this after a crash, the send may or may not have reached the
   * channel: it is sent again and counted as a possible duplicate.
   */
  SENDING,
  /** The channel accepted it; delivery receipts continue in the {@link OutboundLog}. */
  SENT,
  /** Failed for good (a permanent error, or retries used up); the reason is kept. */
  PARKED,
  /**
   * The learner's 24-hour customer-service window is closed (WhatsApp 131047): free-form messages
   * cannot reach them until they write again; only an approved template can. Reminders read this.
   */
  WINDOW_CLOSED,
  /** Superseded (the learner wrote again after the window closed): never to be sent. */
  DROPPED;

  /** Whether the item will not be sent (again). */
  public boolean isFinal() {
    return this != PENDING && this != SENDING;
  }
}
