package mx.aprende.bot.console.learners;

import java.util.Optional;

/**
 * Sends what a person wrote to a learner through the channel the bot uses (same client, same
 * outbound record), so receipts and the outbox treat it like any other message.
 */
public interface PersonChannel {

  /**
   * Sends free text (only inside the 24-hour window).
   *
   * @return the channel's message id, when it accepted the message
   */
  Optional<String> sendText(String address, String learnerKey, String text);

  /**
   * Sends the approved template that invites the learner to write back (outside the window).
   *
   * @return the channel's message id, when it accepted the message
   */
  Optional<String> sendTemplate(String address, String learnerKey, String templateName);
}
