package mx.aprende.bot.inbox;

import java.time.Instant;
import java.util.Optional;

/**
 * One inbound message as stored, channel payload kept raw so nothing the channel sent is lost and
 * newer parsers can read old records.
 *
 * @param messageId the channel's id: the deduplication key
 * @param channel "whatsapp" (other channels would add their own)
 * @param learnerKey the learner's key on that channel
 * @param sentAt when the learner sent it (the channel's timestamp)
 * @param receivedAt when the webhook stored it
 * @param businessNumberId which of our numbers received it
 * @param rawMessage the channel's message JSON, as received
 * @param senderUserId business-scoped user id, when the channel gave one
 * @param senderPhone phone number, when the channel gave one
 * @param profileName the name the learner's app shows
 */
public record InboundRecord(
    String messageId,
    String channel,
    String learnerKey,
    Instant sentAt,
    Instant receivedAt,
    String businessNumberId,
    String rawMessage,
    Optional<String> senderUserId,
    Optional<String> senderPhone,
    Optional<String> profileName) {}
