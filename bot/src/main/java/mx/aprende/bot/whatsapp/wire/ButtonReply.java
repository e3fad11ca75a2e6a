package mx.aprende.bot.whatsapp.wire;

import java.util.Objects;

/**
 * A tap on a reply button of an interactive message we sent.
 *
 * <pre>{@code
 * "type": "interactive",
 * "interactive": { "type": "button_reply", "button_reply": { "id": "q1:B", "title": "B) 12" } }
 * }</pre>
 *
 * @param id the button id we chose when sending
 * @param title the button title the user saw
 */
public record ButtonReply(String id, String title) implements MessageContent {
  /** Checks both parts are present. */
  public ButtonReply {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }

  @Override
  public String type() {
    return "button_reply";
  }
}
