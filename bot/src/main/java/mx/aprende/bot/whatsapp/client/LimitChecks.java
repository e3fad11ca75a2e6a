package mx.aprende.bot.whatsapp.client;

import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.BUTTONS_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.BUTTONS_MIN;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.BUTTON_ID_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.BUTTON_TITLE_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.CAPTION_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.CTA_DISPLAY_TEXT_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.FOOTER_TEXT_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.HEADER_TEXT_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.INTERACTIVE_BODY_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.LIST_BUTTON_LABEL_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.LIST_ROWS_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.LIST_SECTIONS_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.ROW_DESCRIPTION_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.ROW_ID_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.ROW_TITLE_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.SECTION_TITLE_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.TEMPLATE_BUTTON_INDEX_MAX;
import static mx.aprende.bot.whatsapp.client.WhatsAppLimits.TEXT_BODY_MAX;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Enforces {@link WhatsAppLimits}; field names are JSON paths of the request body. */
final class LimitChecks {

  private LimitChecks() {}

  static void check(OutboundMessage message) {
    switch (message) {
      case Text text -> required("text.body", text.body(), TEXT_BODY_MAX);
      case ReplyButtons buttons -> checkButtons(buttons);
      case ListMessage list -> checkList(list);
      case CtaUrl cta -> checkCta(cta);
      case Template template -> TemplateChecks.check(template);
      case Media media -> checkMedia(media);
      case Reaction reaction -> notBlank("reaction.message_id", reaction.messageId());
    }
  }

  private static void checkButtons(ReplyButtons message) {
    interactiveFrame(message.body(), message.header(), message.footer());
    List<Button> buttons = message.buttons();
    count("interactive.action.buttons", buttons.size(), BUTTONS_MIN, BUTTONS_MAX);
    for (int i = 0; i < buttons.size(); i++) {
      String path = "interactive.action.buttons[" + i + "].reply.";
      required(path + "id", buttons.get(i).id(), BUTTON_ID_MAX);
      required(path + "title", buttons.get(i).title(), BUTTON_TITLE_MAX);
    }
    unique("interactive.action.buttons[].reply.title", buttons, Button::title);
    unique("interactive.action.buttons[].reply.id", buttons, Button::id);
  }

  private static void checkList(ListMessage message) {
    interactiveFrame(message.body(), message.header(), message.footer());
    required("interactive.action.button", message.buttonLabel(), LIST_BUTTON_LABEL_MAX);
    List<Section> sections = message.sections();
    count("interactive.action.sections", sections.size(), 1, LIST_SECTIONS_MAX);
    int rows = 0;
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      String path = "interactive.action.sections[" + s + "].";
      if (sections.size() > 1 && section.title().isEmpty()) {
        throw MessageLimitException.empty(path + "title", 0);
      }
      optional(path + "title", section.title(), SECTION_TITLE_MAX);
      count(path + "rows", section.rows().size(), 1, LIST_ROWS_MAX);
      for (int r = 0; r < section.rows().size(); r++) {
        Row row = section.rows().get(r);
        String rowPath = path + "rows[" + r + "].";
        required(rowPath + "id", row.id(), ROW_ID_MAX);
        required(rowPath + "title", row.title(), ROW_TITLE_MAX);
        optional(rowPath + "description", row.description(), ROW_DESCRIPTION_MAX);
      }
      rows += section.rows().size();
    }
    if (rows > LIST_ROWS_MAX) {
      throw MessageLimitException.tooMany(
          "interactive.action.sections[].rows", LIST_ROWS_MAX, rows);
    }
    unique(
        "interactive.action.sections[].rows[].id",
        sections.stream().flatMap(section -> section.rows().stream()).toList(),
        Row::id);
  }

  private static void checkCta(CtaUrl message) {
    interactiveFrame(message.body(), message.header(), message.footer());
    required(
        "interactive.action.parameters.display_text", message.displayText(), CTA_DISPLAY_TEXT_MAX);
    webUrl("interactive.action.parameters.url", message.url());
  }

  private static void checkMedia(Media media) {
    String kind = media.kind().wireName();
    switch (media.source()) {
      case MediaSource.Link link -> webUrl(kind + ".link", link.url());
      case MediaSource.Uploaded uploaded -> notBlank(kind + ".id", uploaded.id());
    }
    if (media.caption().isPresent() && !media.kind().takesCaption()) {
      throw MessageLimitException.format(kind + ".caption", "is not allowed on " + kind);
    }
    optional(kind + ".caption", media.caption(), CAPTION_MAX);
    if (media.filename().isPresent() && media.kind() != MediaKind.DOCUMENT) {
      throw MessageLimitException.format(kind + ".filename", "is only allowed on documents");
    }
    if (media.filename().isPresent()) {
      notBlank(kind + ".filename", media.filename().get());
    }
  }

  private static void interactiveFrame(
      String body, Optional<String> header, Optional<String> footer) {
    required("interactive.body.text", body, INTERACTIVE_BODY_MAX);
    optional("interactive.header.text", header, HEADER_TEXT_MAX);
    optional("interactive.footer.text", footer, FOOTER_TEXT_MAX);
  }

  /** A text that must not be empty or blank. */
  static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw MessageLimitException.empty(field, value.length());
    }
  }

  /** A text that must not be blank nor longer than {@code max}. */
  static void required(String field, String value, int max) {
    notBlank(field, value);
    if (value.length() > max) {
      throw MessageLimitException.tooLong(field, max, value.length());
    }
  }

  /** An optional text: absent is fine, present must satisfy {@link #required}. */
  static void optional(String field, Optional<String> value, int max) {
    value.ifPresent(text -> required(field, text, max));
  }

  static void count(String field, int count, int min, int max) {
    if (count < min) {
      throw MessageLimitException.tooFew(field, min, count);
    }
    if (count > max) {
      throw MessageLimitException.tooMany(field, max, count);
    }
  }

  static void index(String field, int index) {
    if (index < 0 || index > TEMPLATE_BUTTON_INDEX_MAX) {
      throw MessageLimitException.format(
          field, "must be between 0 and " + TEMPLATE_BUTTON_INDEX_MAX + " but is " + index);
    }
  }

  static void webUrl(String field, URI url) {
    String scheme = url.getScheme();
    if (!url.isAbsolute()
        || !("http".equals(scheme) || "https".equals(scheme))
        || url.getHost() == null) {
      throw MessageLimitException.format(field, "must be an absolute http or https URL");
    }
  }

  private static <T> void unique(String field, List<T> items, Function<T, String> key) {
    Map<String, Long> counts =
        items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    counts.values().stream()
        .filter(n -> n > 1)
        .findFirst()
        .ifPresent(
            n -> {
              throw MessageLimitException.duplicate(field, n.intValue());
            });
  }
}
