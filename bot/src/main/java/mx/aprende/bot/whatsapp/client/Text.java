package mx.aprende.bot.whatsapp.client;

import java.util.Objects;

/**
 * A plain text message, at most {@link WhatsAppLimits#TEXT_BODY_MAX} characters. WhatsApp
 * formatting ({@code *bold*}, {@code _italic_}) is passed through as typed.
 *
 * @param body the text, not empty
 * @param previewUrl whether the app should render a preview of the first http(s) URL in the body
 */
public record Text(String body, boolean previewUrl) implements OutboundMessage {

  /** Rejects a null body. */
  public Text {
    Objects.requireNonNull(body, "body");
  }

  /**
   * A text without link preview.
   *
   * @param body the text
   * @return the message
   */
  public static Text of(String body) {
    return new Text(body, false);
  }

  @Override
  public String type() {
    return "text";
  }
}
