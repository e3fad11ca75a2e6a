package mx.aprende.bot.whatsapp.wire;

import java.util.Objects;

/**
 * A tap on a quick-reply button of a template message; {@code context.id} is the template's wamid.
 *
 * <pre>{@code "type": "button", "button": { "payload": "resume-lesson", "text": "Seguir" } }</pre>
 *
 * @param payload the payload we put on the template button
 * @param text the button text the user saw
 */
public record TemplateButton(String payload, String text) implements MessageContent {
  /** Checks both parts are present. */
  public TemplateButton {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String type() {
    return "button";
  }
}
