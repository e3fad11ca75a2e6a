package mx.aprende.bot.whatsapp.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/** Reads the type-specific payload of a message item into a {@link MessageContent}. */
final class ContentReader {
  private ContentReader() {}

  /**
   * The content of {@code message}; never fails. An unknown type is reported as ({@code type},
   * name), a known type with a bad payload as ({@code content}, problem); both become {@link
   * Unsupported}.
   */
  static MessageContent read(JsonNode message, List<Ignored> ignored) {
    return read(message, ignored, true);
  }

  private static MessageContent read(JsonNode message, List<Ignored> ignored, boolean outer) {
    String type = LenientJson.text(message, "type").orElse("");
    try {
      Optional<MediaKind> media = MediaKind.fromWire(type);
      if (media.isPresent()) {
        return media(media.get(), payload(message, type));
      }
      return switch (type) {
        case "text" ->
            new Text(
                LenientJson.text(payload(message, type), "body")
                    .orElseThrow(() -> new BadContentException("body")));
        case "interactive" -> interactive(payload(message, type), ignored);
        case "button" -> button(payload(message, type));
        case "location" -> location(payload(message, type));
        case "contacts" -> CardReader.contacts(message);
        case "reaction" -> reaction(payload(message, type));
        case "order" -> CardReader.order(payload(message, type));
        case "system" -> system(payload(message, type));
        case "unsupported", "unknown" ->
            new Unsupported(
                type, LenientJson.object(message, "unsupported").flatMap(u -> nonEmpty(u, "type")));
        case "edit" -> outer ? edit(payload(message, type), ignored) : nestedNotAllowed(type);
        case "revoke" ->
            outer
                ? new Revoke(required(payload(message, type), "original_message_id"))
                : nestedNotAllowed(type);
        default -> unknownType(type, ignored);
      };
    } catch (BadContentException e) {
      ignored.add(new Ignored("content", type + ": " + e.getMessage()));
      return new Unsupported(type, Optional.empty());
    }
  }

  private static MessageContent unknownType(String type, List<Ignored> ignored) {
    ignored.add(new Ignored("type", type.isEmpty() ? "missing" : type));
    return new Unsupported(type, Optional.empty());
  }

  private static MessageContent nestedNotAllowed(String type) throws BadContentException {
    throw new BadContentException("nested " + type);
  }

  private static MessageContent interactive(JsonNode interactive, List<Ignored> ignored)
      throws BadContentException {
    String subtype = required(interactive, "type");
    return switch (subtype) {
      case "button_reply" -> {
        JsonNode reply = payload(interactive, subtype);
        yield new ButtonReply(required(reply, "id"), LenientJson.text(reply, "title").orElse(""));
      }
      case "list_reply" -> {
        JsonNode reply = payload(interactive, subtype);
        yield new ListReply(
            required(reply, "id"),
            LenientJson.text(reply, "title").orElse(""),
            nonEmpty(reply, "description"));
      }
      case "nfm_reply" -> {
        JsonNode reply = payload(interactive, subtype);
        yield new FlowReply(
            LenientJson.text(reply, "name").orElse(""),
            LenientJson.text(reply, "body").orElse(""),
            responseJson(reply));
      }
      default -> {
        ignored.add(new Ignored("type", "interactive/" + subtype));
        yield new Unsupported("interactive", Optional.of(subtype));
      }
    };
  }

  /**
   * {@code response_json} is documented as a JSON string; an embedded object is kept as its JSON.
   */
  private static String responseJson(JsonNode reply) throws BadContentException {
    JsonNode node = reply.get("response_json");
    if (node != null && node.isContainerNode()) {
      return node.toString();
    }
    return required(reply, "response_json");
  }

  private static TemplateButton button(JsonNode button) throws BadContentException {
    String text = LenientJson.text(button, "text").orElse("");
    // Older payloads may omit the payload; the visible text is then the only handle.
    return new TemplateButton(LenientJson.text(button, "payload").orElse(text), text);
  }

  private static Media media(MediaKind kind, JsonNode media) throws BadContentException {
    return new Media(
        kind,
        required(media, "id"),
        nonEmpty(media, "mime_type").orElse("application/octet-stream"),
        nonEmpty(media, "sha256"),
        nonEmpty(media, "caption"),
        nonEmpty(media, "filename"),
        LenientJson.flag(media, "voice"),
        LenientJson.flag(media, "animated"),
        nonEmpty(media, "url").flatMap(ContentReader::uri));
  }

  private static Location location(JsonNode location) throws BadContentException {
    return new Location(
        LenientJson.decimal(location, "latitude")
            .orElseThrow(() -> new BadContentException("latitude"))
            .doubleValue(),
        LenientJson.decimal(location, "longitude")
            .orElseThrow(() -> new BadContentException("longitude"))
            .doubleValue(),
        nonEmpty(location, "name"),
        nonEmpty(location, "address"),
        nonEmpty(location, "url"));
  }

  private static Reaction reaction(JsonNode reaction) throws BadContentException {
    return new Reaction(required(reaction, "message_id"), LenientJson.text(reaction, "emoji"));
  }

  private static SystemEvent system(JsonNode system) {
    return new SystemEvent(
        LenientJson.text(system, "type").orElse(""),
        LenientJson.text(system, "body").orElse(""),
        nonEmpty(system, "wa_id").or(() -> nonEmpty(system, "new_wa_id")),
        nonEmpty(system, "user_id").or(() -> nonEmpty(system, "new_user_id")));
  }

  private static Edit edit(JsonNode edit, List<Ignored> ignored) throws BadContentException {
    String original = required(edit, "original_message_id");
    JsonNode message =
        LenientJson.object(edit, "message").orElseThrow(() -> new BadContentException("message"));
    return new Edit(original, read(message, ignored, false));
  }

  /** The object under {@code key}, e.g. {@code message.text}, or a bad-content signal. */
  static JsonNode payload(JsonNode parent, String key) throws BadContentException {
    return LenientJson.object(parent, key).orElseThrow(() -> new BadContentException(key));
  }

  /** A non-empty string field, or a bad-content signal naming it. */
  static String required(JsonNode parent, String field) throws BadContentException {
    return nonEmpty(parent, field).orElseThrow(() -> new BadContentException(field));
  }

  static Optional<String> nonEmpty(JsonNode parent, String field) {
    return LenientJson.nonEmptyText(parent, field);
  }

  private static Optional<URI> uri(String value) {
    try {
      return Optional.of(new URI(value));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
