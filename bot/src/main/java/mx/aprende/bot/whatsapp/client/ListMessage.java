package mx.aprende.bot.whatsapp.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An interactive list ({@code interactive.type = list}): a button that opens a menu of up to {@link
 * WhatsAppLimits#LIST_ROWS_MAX} rows in total, grouped in up to {@link
 * WhatsAppLimits#LIST_SECTIONS_MAX} sections.
 *
 * @param body the prompt, at most {@link WhatsAppLimits#INTERACTIVE_BODY_MAX}
 * @param buttonLabel the label of the button that opens the menu, at most {@link
 *     WhatsAppLimits#LIST_BUTTON_LABEL_MAX}
 * @param sections the sections, titled when there is more than one
 * @param header optional text header
 * @param footer optional footer
 */
public record ListMessage(
    String body,
    String buttonLabel,
    List<Section> sections,
    Optional<String> header,
    Optional<String> footer)
    implements OutboundMessage {

  /** Rejects nulls and copies the list. */
  public ListMessage {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(buttonLabel, "buttonLabel");
    sections = List.copyOf(sections);
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(footer, "footer");
  }

  /**
   * A list without header or footer.
   *
   * @param body the prompt
   * @param buttonLabel the menu button label
   * @param sections the sections
   * @return the message
   */
  public static ListMessage of(String body, String buttonLabel, Section... sections) {
    return new ListMessage(
        body, buttonLabel, List.of(sections), Optional.empty(), Optional.empty());
  }

  /**
   * A copy with a text header.
   *
   * @param text the header
   * @return the new message
   */
  public ListMessage withHeader(String text) {
    return new ListMessage(body, buttonLabel, sections, Optional.of(text), footer);
  }

  /**
   * A copy with a footer.
   *
   * @param text the footer
   * @return the new message
   */
  public ListMessage withFooter(String text) {
    return new ListMessage(body, buttonLabel, sections, header, Optional.of(text));
  }

  @Override
  public String type() {
    return "interactive.list";
  }
}
