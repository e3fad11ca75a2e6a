package mx.aprende.bot.whatsapp.client;

import java.util.Objects;
import java.util.Optional;

/**
 * What the Graph API answered to an accepted send. Store {@code messageId} to join the later status
 * webhooks (sent, delivered, read, failed).
 *
 * @param messageId {@code messages[0].id}, the {@code wamid}
 * @param waId {@code contacts[0].wa_id}; empty when the recipient was addressed by BSUID
 */
public record SendResult(String messageId, Optional<String> waId) {

  /** Rejects nulls. */
  public SendResult {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(waId, "waId");
  }
}
