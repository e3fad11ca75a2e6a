package mx.aprende.bot.outbox;

/** What a channel says about one send attempt; the outbox decides what to do next from it alone. */
public sealed interface SendOutcome {

  /** Accepted by the channel, with the channel's message id (receipts refer to it). */
  record Sent(String channelMessageId) implements SendOutcome {}

  /**
   * Worth trying again after a back-off.
   *
   * @param reason a short code for logs and metrics (no personal data)
   * @param everyone whether the whole sender should slow down (throughput exceeded), not only this
   *     learner's queue
   * @param maxAttempts how many attempts this kind of failure deserves in all
   */
  record Retry(String reason, boolean everyone, int maxAttempts) implements SendOutcome {}

  /** Will never succeed as it is (bad request, unreachable recipient...): park it with a reason. */
  record Permanent(String reason) implements SendOutcome {}

  /** The learner's customer-service window is closed: a template is needed. */
  record WindowClosed(String reason) implements SendOutcome {}

  /**
   * Nothing can be sent by anyone until an operator acts (token invalid, account restricted or
   * locked): pause everything and alert. The item itself stays pending.
   */
  record Halt(String reason) implements SendOutcome {}
}
