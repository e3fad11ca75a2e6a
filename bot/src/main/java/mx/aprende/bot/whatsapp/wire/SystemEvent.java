package mx.aprende.bot.whatsapp.wire;

import java.util.Optional;

/**
 * A notice from WhatsApp about the user, e.g. a changed phone number or BSUID.
 *
 * <pre>{@code
 * "type": "system",
 * "system": { "body": "User A changed from 5215511111111 to 5215522222222",
 *             "wa_id": "5215522222222", "type": "user_changed_number" }
 * }</pre>
 *
 * @param kind {@code system.type}: {@code user_changed_number}, {@code customer_identity_changed},
 *     {@code user_changed_user_id}, …
 * @param body the human-readable notice
 * @param newWaId the user's new phone number ({@code wa_id} or {@code new_wa_id})
 * @param newUserId the user's new BSUID ({@code user_id} or {@code new_user_id})
 */
public record SystemEvent(
    String kind, String body, Optional<String> newWaId, Optional<String> newUserId)
    implements MessageContent {
  @Override
  public String type() {
    return "system";
  }
}
