package mx.aprende.bot.whatsapp.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Builds the JSON bodies of {@code POST /{phone-number-id}/messages} exactly as documented
 * (reference §5). Optional fields are omitted when absent. Every message is checked against {@link
 * WhatsAppLimits} first, so nothing that WhatsApp would reject leaves this class.
 */
final class MessageBodies {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private MessageBodies() {}

  /**
   * The body that sends {@code message} to {@code to}, optionally as a reply to an inbound message.
   *
   * @throws MessageLimitException when the message breaks a limit
   */
  static ObjectNode message(String to, OutboundMessage message, Optional<String> replyTo) {
    LimitChecks.notBlank("to", to);
    LimitChecks.check(message);
    ObjectNode body = JSON.objectNode();
    body.put("messaging_product", "whatsapp");
    body.put("recipient_type", "individual");
    body.put("to", to);
    replyTo.ifPresent(id -> body.putObject("context").put("message_id", id));
    switch (message) {
      case Text text -> {
        body.put("type", "text");
        body.putObject("text").put("preview_url", text.previewUrl()).put("body", text.body());
      }
      case ReplyButtons buttons ->
          body.put("type", "interactive").set("interactive", buttons(buttons));
      case ListMessage list -> body.put("type", "interactive").set("interactive", list(list));
      case CtaUrl cta -> body.put("type", "interactive").set("interactive", cta(cta));
      case Template template ->
          body.put("type", "template").set("template", TemplateBodies.template(template));
      case Media media ->
          body.put("type", media.kind().wireName()).set(media.kind().wireName(), media(media));
      case Reaction reaction -> {
        body.put("type", "reaction");
        body.putObject("reaction")
            .put("message_id", reaction.messageId())
            .put("emoji", reaction.emoji());
      }
    }
    return body;
  }

  /** The read receipt for an inbound message, optionally with the typing indicator. */
  static ObjectNode markRead(String inboundMessageId, boolean showTypingIndicator) {
    LimitChecks.notBlank("message_id", inboundMessageId);
    ObjectNode body = JSON.objectNode();
    body.put("messaging_product", "whatsapp");
    body.put("status", "read");
    body.put("message_id", inboundMessageId);
    if (showTypingIndicator) {
      body.putObject("typing_indicator").put("type", "text");
    }
    return body;
  }

  private static ObjectNode buttons(ReplyButtons message) {
    ObjectNode interactive =
        interactive("button", message.body(), message.header(), message.footer());
    ArrayNode buttons = interactive.putObject("action").putArray("buttons");
    for (Button button : message.buttons()) {
      ObjectNode node = buttons.addObject().put("type", "reply");
      node.putObject("reply").put("id", button.id()).put("title", button.title());
    }
    return interactive;
  }

  private static ObjectNode list(ListMessage message) {
    ObjectNode interactive =
        interactive("list", message.body(), message.header(), message.footer());
    ObjectNode action = interactive.putObject("action").put("button", message.buttonLabel());
    ArrayNode sections = action.putArray("sections");
    for (Section section : message.sections()) {
      ObjectNode node = sections.addObject();
      section.title().ifPresent(title -> node.put("title", title));
      ArrayNode rows = node.putArray("rows");
      for (Row row : section.rows()) {
        ObjectNode rowNode = rows.addObject().put("id", row.id()).put("title", row.title());
        row.description().ifPresent(description -> rowNode.put("description", description));
      }
    }
    return interactive;
  }

  private static ObjectNode cta(CtaUrl message) {
    ObjectNode interactive =
        interactive("cta_url", message.body(), message.header(), message.footer());
    interactive
        .putObject("action")
        .put("name", "cta_url")
        .putObject("parameters")
        .put("display_text", message.displayText())
        .put("url", message.url().toString());
    return interactive;
  }

  private static ObjectNode interactive(
      String type, String body, Optional<String> header, Optional<String> footer) {
    ObjectNode interactive = JSON.objectNode().put("type", type);
    header.ifPresent(text -> interactive.putObject("header").put("type", "text").put("text", text));
    interactive.putObject("body").put("text", body);
    footer.ifPresent(text -> interactive.putObject("footer").put("text", text));
    return interactive;
  }

  private static ObjectNode media(Media media) {
    ObjectNode node = source(media.source());
    media.caption().ifPresent(caption -> node.put("caption", caption));
    media.filename().ifPresent(filename -> node.put("filename", filename));
    return node;
  }

  /** {@code {"id": ...}} or {@code {"link": ...}}, shared with template media headers. */
  static ObjectNode source(MediaSource source) {
    return switch (source) {
      case MediaSource.Link link -> JSON.objectNode().put("link", link.url().toString());
      case MediaSource.Uploaded uploaded -> JSON.objectNode().put("id", uploaded.id());
    };
  }
}
