package mx.aprende.bot.console.learners;

/**
 * Sends what a person wrote to a learner through the channel the bot uses (the same durable outbox,
 * in order with the bot's own messages), so retries and receipts treat it like any other message.
 */
public interface PersonChannel {

  /**
   * Sends free text (only inside the 24-hour window).
   *
   * @return the message's id once the channel accepted it for sending, or why it refused it
   */
  SendResult sendText(String address, String learnerKey, String text);

  /**
   * Sends the approved template that invites the learner to write back (outside the window).
   *
   * @return the message's id once the channel accepted it for sending, or why it refused it
   */
  SendResult sendTemplate(String address, String learnerKey, String templateName);
}
