package mx.aprende.bot.whatsapp.client;

import java.util.Objects;

/**
 * An emoji reaction to a user's message (at most 30 days old). An empty emoji removes an earlier
 * reaction.
 *
 * @param messageId the {@code wamid} of the message reacted to
 * @param emoji one emoji, or empty to remove
 */
public record Reaction(String messageId, String emoji) implements OutboundMessage {

  /** Rejects nulls. */
  public Reaction {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(emoji, "emoji");
  }

  /**
   * A reaction.
   *
   * @param messageId the message reacted to
   * @param emoji the emoji
   * @return the message
   */
  public static Reaction of(String messageId, String emoji) {
    return new Reaction(messageId, emoji);
  }

  /**
   * Removes the reaction on a message.
   *
   * @param messageId the message whose reaction is removed
   * @return the message
   */
  public static Reaction removal(String messageId) {
    return new Reaction(messageId, "");
  }

  @Override
  public String type() {
    return "reaction";
  }
}
