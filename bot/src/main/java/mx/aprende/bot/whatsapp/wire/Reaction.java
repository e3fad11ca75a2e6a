package mx.aprende.bot.whatsapp.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * An emoji reaction to one of our messages, or its removal.
 *
 * <pre>{@code "type": "reaction", "reaction": { "message_id": "wamid.HBgL...", "emoji": "👍" } }
 * </pre>
 *
 * @param messageId the message reacted to
 * @param emoji the emoji; empty when the user removed the reaction
 */
public record Reaction(String messageId, Optional<String> emoji) implements MessageContent {
  /** Checks the message id is present and treats an empty emoji as a removal. */
  public Reaction {
    Objects.requireNonNull(messageId, "messageId");
    emoji = emoji.filter(e -> !e.isEmpty());
  }

  /** Whether this removes an earlier reaction. */
  public boolean removed() {
    return emoji.isEmpty();
  }

  @Override
  public String type() {
    return "reaction";
  }
}
