package mx.aprende.bot.whatsapp.wire;

import java.util.Objects;

/**
 * A text message.
 *
 * <pre>{@code "type": "text", "text": { "body": "hola" } }</pre>
 *
 * @param body what the user typed
 */
public record Text(String body) implements MessageContent {
  /** Checks the body is present. */
  public Text {
    Objects.requireNonNull(body, "body");
  }

  @Override
  public String type() {
    return "text";
  }
}
