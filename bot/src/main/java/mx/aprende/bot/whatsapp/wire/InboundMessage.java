package mx.aprende.bot.whatsapp.wire;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of {@code value.messages[]}: something a user sent to our business number.
 *
 * <pre>{@code
 * { "from": "5215512345678", "id": "wamid.HBgM...", "timestamp": "1767000000",
 *   "context": { "from": "15550001111", "id": "wamid.HBgL..." },
 *   "type": "interactive",
 *   "interactive": { "type": "button_reply", "button_reply": { "id": "q1:B", "title": "B) 12" } } }
 * }</pre>
 *
 * @param id the message id ({@code wamid....}), the deduplication key
 * @param timestamp when the user sent it (second precision)
 * @param phoneNumberId our business phone number id ({@code metadata.phone_number_id})
 * @param sender who sent it
 * @param content what was sent
 * @param context the message it replies to or its forwarding flags
 * @param referral the ad or post the user came from
 * @param errors errors Meta attached to the message (e.g. 131051 on {@code unsupported})
 * @param rawJson the message item exactly as parsed, compact JSON, for storage and {@link
 *     WebhookParser#restore}
 */
public record InboundMessage(
    String id,
    Instant timestamp,
    String phoneNumberId,
    Sender sender,
    MessageContent content,
    Optional<MessageContext> context,
    Optional<Referral> referral,
    List<PlatformError> errors,
    String rawJson) {
  /** Checks required parts and copies the error list. */
  public InboundMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(phoneNumberId, "phoneNumberId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(rawJson, "rawJson");
    errors = List.copyOf(errors);
  }
}
