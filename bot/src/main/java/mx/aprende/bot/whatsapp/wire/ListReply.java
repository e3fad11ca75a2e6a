package mx.aprende.bot.whatsapp.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * A row picked from an interactive list message we sent.
 *
 * <pre>{@code
 * "type": "interactive",
 * "interactive": { "type": "list_reply",
 *                  "list_reply": { "id": "menu:math", "title": "Matemáticas", "description": "Sigue" } }
 * }</pre>
 *
 * @param id the row id we chose when sending
 * @param title the row title
 * @param description the row description, when the row had one
 */
public record ListReply(String id, String title, Optional<String> description)
    implements MessageContent {
  /** Checks the required parts are present. */
  public ListReply {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
  }

  @Override
  public String type() {
    return "list_reply";
  }
}
