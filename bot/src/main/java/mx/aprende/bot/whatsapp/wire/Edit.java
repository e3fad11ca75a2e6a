package mx.aprende.bot.whatsapp.wire;

/**
 * The user edited a message they sent before.
 *
 * <pre>{@code
 * "type": "edit",
 * "edit": { "original_message_id": "wamid.A...",
 *           "message": { "type": "text", "text": { "body": "Son 12" } } }
 * }</pre>
 *
 * @param originalMessageId the message that was edited
 * @param newContent the new content; never itself an edit or a revoke
 */
public record Edit(String originalMessageId, MessageContent newContent) implements MessageContent {
  @Override
  public String type() {
    return "edit";
  }
}
