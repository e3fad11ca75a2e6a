package mx.aprende.bot.whatsapp.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An interactive message with one to three reply buttons ({@code interactive.type = button}).
 *
 * @param body the question or prompt, at most {@link WhatsAppLimits#INTERACTIVE_BODY_MAX}
 * @param buttons one to {@link WhatsAppLimits#BUTTONS_MAX} buttons with unique titles
 * @param header optional text header, at most {@link WhatsAppLimits#HEADER_TEXT_MAX}
 * @param footer optional footer, at most {@link WhatsAppLimits#FOOTER_TEXT_MAX}
 */
public record ReplyButtons(
    String body, List<Button> buttons, Optional<String> header, Optional<String> footer)
    implements OutboundMessage {

  /** Rejects nulls and copies the list. */
  public ReplyButtons {
    Objects.requireNonNull(body, "body");
    buttons = List.copyOf(buttons);
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(footer, "footer");
  }

  /**
   * Buttons without header or footer.
   *
   * @param body the prompt
   * @param buttons the buttons
   * @return the message
   */
  public static ReplyButtons of(String body, Button... buttons) {
    return new ReplyButtons(body, List.of(buttons), Optional.empty(), Optional.empty());
  }

  /**
   * A copy with a text header.
   *
   * @param text the header text
   * @return the new message
   */
  public ReplyButtons withHeader(String text) {
    return new ReplyButtons(body, buttons, Optional.of(text), footer);
  }

  /**
   * A copy with a footer.
   *
   * @param text the footer text
   * @return the new message
   */
  public ReplyButtons withFooter(String text) {
    return new ReplyButtons(body, buttons, header, Optional.of(text));
  }

  @Override
  public String type() {
    return "interactive.button";
  }
}
