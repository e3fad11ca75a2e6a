package mx.aprende.bot.outbox;

/** The port the outbox sends through: one attempt, one outcome, never an exception. */
@FunctionalInterface
public interface OutboundChannel {

  /** Tries to send {@code item} once. Blocking; called on a virtual thread. */
  SendOutcome send(OutboxItem item);
}
