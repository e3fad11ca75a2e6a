package mx.aprende.bot.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.whatsapp.client.Button;
import mx.aprende.bot.whatsapp.client.ListMessage;
import mx.aprende.bot.whatsapp.client.OutboundMessage;
import mx.aprende.bot.whatsapp.client.ReplyButtons;
import mx.aprende.bot.whatsapp.client.Row;
import mx.aprende.bot.whatsapp.client.Section;
import mx.aprende.bot.whatsapp.client.Text;
import mx.aprende.bot.whatsapp.client.WhatsAppLimits;

/**
 * Turns the conversation's replies into WhatsApp messages that always fit WhatsApp's limits: long
 * text is split at paragraph or sentence boundaries, titles are shortened with an ellipsis. The
 * conversation writes within the limits; this is the guard that keeps a slip from becoming a
 * rejected send.
 */
final class WhatsAppReplies {

  private WhatsAppReplies() {}

  static List<OutboundMessage> toMessages(Reply reply, WhatsAppDocuments documents) {
    return switch (reply) {
      case Reply.Document document -> List.of(documents.message(document));
      case Reply.Text text ->
          split(text.body(), WhatsAppLimits.TEXT_BODY_MAX).stream()
              .<OutboundMessage>map(Text::of)
              .toList();
      case Reply.Buttons buttons -> buttons(buttons);
      case Reply.Menu menu -> menu(menu);
    };
  }

  private static List<OutboundMessage> buttons(Reply.Buttons reply) {
    List<String> parts = split(reply.body(), WhatsAppLimits.INTERACTIVE_BODY_MAX);
    List<OutboundMessage> messages = new ArrayList<>();
    for (int i = 0; i < parts.size() - 1; i++) {
      messages.add(Text.of(parts.get(i)));
    }
    List<Button> buttons =
        reply.options().stream()
            .limit(WhatsAppLimits.BUTTONS_MAX)
            .map(o -> new Button(o.id(), shorten(o.title(), WhatsAppLimits.BUTTON_TITLE_MAX)))
            .toList();
    messages.add(new ReplyButtons(parts.getLast(), buttons, Optional.empty(), Optional.empty()));
    return messages;
  }

  private static List<OutboundMessage> menu(Reply.Menu reply) {
    List<String> parts = split(reply.body(), WhatsAppLimits.INTERACTIVE_BODY_MAX);
    List<OutboundMessage> messages = new ArrayList<>();
    for (int i = 0; i < parts.size() - 1; i++) {
      messages.add(Text.of(parts.get(i)));
    }
    List<Row> rows =
        reply.options().stream()
            .limit(WhatsAppLimits.LIST_ROWS_MAX)
            .map(
                o ->
                    new Row(
                        o.id(),
                        shorten(o.title(), WhatsAppLimits.ROW_TITLE_MAX),
                        o.description().map(d -> shorten(d, WhatsAppLimits.ROW_DESCRIPTION_MAX))))
            .toList();
    messages.add(
        new ListMessage(
            parts.getLast(),
            shorten(reply.buttonLabel(), WhatsAppLimits.LIST_BUTTON_LABEL_MAX),
            List.of(new Section(Optional.empty(), rows)),
            Optional.empty(),
            Optional.empty()));
    return messages;
  }

  /** Splits {@code text} into pieces of at most {@code max} characters, at the nicest boundary. */
  static List<String> split(String text, int max) {
    List<String> parts = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > max) {
      int cut = boundary(rest, max);
      parts.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    parts.add(rest);
    return parts;
  }

  private static int boundary(String text, int max) {
    String window = text.substring(0, max);
    for (String separator : List.of("\n\n", "\n", ". ", " ")) {
      int at = window.lastIndexOf(separator);
      if (at > max / 2) {
        return at + separator.length();
      }
    }
    // No boundary in the second half of the window: cut hard, but never inside a surrogate pair.
    return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }

  static String shorten(String text, int max) {
    String stripped = text.strip();
    if (stripped.length() <= max) {
      return stripped;
    }
    int cut = max - 1;
    if (Character.isHighSurrogate(stripped.charAt(cut - 1))) {
      cut--;
    }
    return stripped.substring(0, cut).stripTrailing() + "…";
  }
}
