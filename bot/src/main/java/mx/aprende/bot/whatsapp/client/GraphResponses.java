package mx.aprende.bot.whatsapp.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Turns Graph API responses into results or exceptions. A non-2xx response with a Graph error body
 * becomes a {@link GraphApiException}; without one, 5xx and 429 become a {@link
 * GraphUnavailableException} (a proxy page, nothing Graph said) and other statuses a {@link
 * GraphApiException} with code {@value #NO_CODE}.
 */
final class GraphResponses {

  /** The code used when a 4xx response carried no Graph error body. */
  static final int NO_CODE = -1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GraphResponses() {}

  /**
   * Parses a response body, or throws the matching exception.
   *
   * @param what the operation, for messages (no URLs with signed queries, no personal data)
   * @param secret a value to scrub from any text that ends up in an exception (the access token)
   */
  static JsonNode parse(String what, int status, byte[] body, String secret) {
    Optional<JsonNode> json = tryParse(body);
    if (status >= 200 && status < 300) {
      return json.orElseThrow(
          () -> new GraphUnavailableException(what + ": HTTP " + status + " without JSON", status));
    }
    throw failure(what, status, json, secret);
  }

  /** The exception for a non-2xx response. */
  static WhatsAppException failure(String what, int status, byte[] body, String secret) {
    return failure(what, status, tryParse(body), secret);
  }

  private static WhatsAppException failure(
      String what, int status, Optional<JsonNode> json, String secret) {
    Optional<JsonNode> error = json.map(node -> node.get("error")).filter(JsonNode::isObject);
    if (error.isPresent()) {
      return new GraphApiException(error(status, error.get(), secret));
    }
    String message = what + ": HTTP " + status + " without a Graph error body";
    if (status >= 500 || status == 429) {
      return new GraphUnavailableException(message, status);
    }
    return new GraphApiException(
        new GraphError(
            status,
            NO_CODE,
            Optional.empty(),
            message,
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
  }

  static SendResult sendResult(JsonNode answer) {
    String id =
        text(answer.path("messages").path(0), "id")
            .orElseThrow(() -> malformed("send response without messages[0].id"));
    return new SendResult(id, text(answer.path("contacts").path(0), "wa_id"));
  }

  static String uploadedId(JsonNode answer) {
    return text(answer, "id").orElseThrow(() -> malformed("upload response without id"));
  }

  static MediaInfo mediaInfo(JsonNode answer) {
    String id = text(answer, "id").orElseThrow(() -> malformed("media response without id"));
    String url = text(answer, "url").orElseThrow(() -> malformed("media response without url"));
    String mimeType = text(answer, "mime_type").orElse("application/octet-stream");
    // Meta documents file_size as a string in some places and a number in others.
    long size = answer.path("file_size").asLong(-1);
    return new MediaInfo(id, URI.create(url), mimeType, text(answer, "sha256"), size);
  }

  private static GraphError error(int status, JsonNode error, String secret) {
    JsonNode subcode = error.path("error_subcode");
    return new GraphError(
        status,
        error.path("code").asInt(NO_CODE),
        subcode.canConvertToInt() ? Optional.of(subcode.asInt()) : Optional.empty(),
        scrub(error.path("message").asText(""), secret),
        text(error, "type"),
        text(error.path("error_data"), "details").map(details -> scrub(details, secret)),
        text(error, "fbtrace_id"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.asText().isEmpty()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  private static Optional<JsonNode> tryParse(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readTree(body)).filter(JsonNode::isObject);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String scrub(String text, String secret) {
    return secret.isEmpty() ? text : text.replace(secret, "<redacted>");
  }

  private static GraphUnavailableException malformed(String message) {
    return new GraphUnavailableException(message, 200);
  }
}
