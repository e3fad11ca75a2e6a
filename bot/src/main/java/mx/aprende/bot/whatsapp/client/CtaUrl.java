package mx.aprende.bot.whatsapp.client;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An interactive message with one button that opens a URL ({@code interactive.type = cta_url}).
 *
 * @param body the text above the button, at most {@link WhatsAppLimits#INTERACTIVE_BODY_MAX}
 * @param displayText the button label, at most {@link WhatsAppLimits#CTA_DISPLAY_TEXT_MAX}
 * @param url an absolute http or https URL
 * @param header optional text header
 * @param footer optional footer
 */
public record CtaUrl(
    String body, String displayText, URI url, Optional<String> header, Optional<String> footer)
    implements OutboundMessage {

  /** Rejects nulls. */
  public CtaUrl {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(displayText, "displayText");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(footer, "footer");
  }

  /**
   * A CTA URL message without header or footer.
   *
   * @param body the text
   * @param displayText the button label
   * @param url the link
   * @return the message
   */
  public static CtaUrl of(String body, String displayText, URI url) {
    return new CtaUrl(body, displayText, url, Optional.empty(), Optional.empty());
  }

  @Override
  public String type() {
    return "interactive.cta_url";
  }
}
