package mx.aprende.bot.whatsapp.wire;

/**
 * The user deleted a message they sent before.
 *
 * <pre>{@code "type": "revoke", "revoke": { "original_message_id": "wamid.A..." } }</pre>
 *
 * @param originalMessageId the message that was deleted
 */
public record Revoke(String originalMessageId) implements MessageContent {
  @Override
  public String type() {
    return "revoke";
  }
}
