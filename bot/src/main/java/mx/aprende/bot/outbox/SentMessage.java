package mx.aprende.bot.outbox;

import java.time.Instant;

/**
 * A message the channel accepted from us.
 *
 * @param messageId the channel's id (WhatsApp's wamid), which receipts refer to
 * @param learnerKey to whom
 * @param type the message type, as the metrics tag it
 * @param sentAt when the channel accepted it
 */
public record SentMessage(String messageId, String learnerKey, String type, Instant sentAt) {}
