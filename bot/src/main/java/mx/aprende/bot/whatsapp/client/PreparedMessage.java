package mx.aprende.bot.whatsapp.client;

import java.util.Objects;

/**
 * A message already checked against WhatsApp's limits and rendered to the JSON of a send request,
 * without the recipient: what the durable outbox stores, so a send after a restart is byte for byte
 * the send that was decided before it.
 *
 * @param type the message type tag ({@link OutboundMessage#type()})
 * @param json the request body without {@code to}
 */
public record PreparedMessage(String type, String json) {

  /** Rejects nulls. */
  public PreparedMessage {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(json, "json");
  }
}
