package mx.aprende.bot.whatsapp.wire;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of {@code value.statuses[]}: a receipt for a message we sent.
 *
 * <pre>{@code
 * { "id": "wamid.HBgL...", "status": "delivered", "timestamp": "1767000050",
 *   "recipient_id": "5215512345678", "biz_opaque_callback_data": "lesson3-q2",
 *   "pricing": { "billable": false, "pricing_model": "PMP", "category": "service" } }
 * }</pre>
 *
 * @param messageId the wamid our send call returned
 * @param status the new state
 * @param timestamp when it happened
 * @param phoneNumberId our business phone number id
 * @param recipientPhone {@code recipient_id}; empty when we sent to a BSUID
 * @param recipientUserId {@code recipient_user_id}, the recipient's BSUID
 * @param callbackData {@code biz_opaque_callback_data} we put on the send request
 * @param pricing how the message is priced
 * @param errors why it failed (on {@link DeliveryStatus#FAILED})
 */
public record StatusUpdate(
    String messageId,
    DeliveryStatus status,
    Instant timestamp,
    String phoneNumberId,
    Optional<String> recipientPhone,
    Optional<String> recipientUserId,
    Optional<String> callbackData,
    Optional<Pricing> pricing,
    List<PlatformError> errors) {
  /** Checks required parts, treats empty recipient ids as absent and copies the error list. */
  public StatusUpdate {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(phoneNumberId, "phoneNumberId");
    recipientPhone = recipientPhone.filter(s -> !s.isEmpty());
    recipientUserId = recipientUserId.filter(s -> !s.isEmpty());
    errors = List.copyOf(errors);
  }
}
