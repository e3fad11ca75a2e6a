package mx.aprende.bot.whatsapp.wire;

import java.util.Optional;

/**
 * A message the bot cannot read: Meta's {@code unsupported} (or older {@code unknown}) type, a type
 * newer than this parser, or a known type whose payload had the wrong shape. The bot should answer
 * with what it can read.
 *
 * <pre>{@code
 * "type": "unsupported", "unsupported": { "type": "poll" },
 * "errors": [{ "code": 131051, "title": "Message type unknown", ... }]
 * }</pre>
 *
 * @param declaredType the message's {@code type} field
 * @param reportedType {@code unsupported.type}, or the interactive sub-type we do not know
 */
public record Unsupported(String declaredType, Optional<String> reportedType)
    implements MessageContent {
  @Override
  public String type() {
    return "unsupported";
  }
}
