package mx.aprende.bot.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.whatsapp.wire.DeliveryStatus;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;

/**
 * A fake of the Graph API endpoints the bot calls ({@code /{version}/{phone-number-id}/messages},
 * media upload and media info), mounted under {@code /simulator/graph}. It answers as Meta does,
 * captures every request body for the simulator page, and then sends the "sent" and "delivered"
 * receipts back through the signed webhook, so the bot's receipt path runs too.
 */
final class FakeGraphApi implements HttpService {

  private static final Logger LOG = Logger.getLogger(FakeGraphApi.class.getName());

  private final ObjectMapper json = new ObjectMapper();
  private final CapturedMessages captured;
  private final DeliveryStates states;
  private final WebhookPayloads payloads;
  private final WebhookPoster poster;
  private final ExecutorService receipts;
  private final InstantSource clock;
  private final byte[] expectedAuthorization;
  private final Cache<String, byte[]> media =
      Caffeine.newBuilder()
          .maximumWeight(64L * 1024 * 1024)
          .weigher((String k, byte[] v) -> v.length)
          .build();

  FakeGraphApi(
      CapturedMessages captured,
      DeliveryStates states,
      WebhookPayloads payloads,
      WebhookPoster poster,
      ExecutorService receipts,
      InstantSource clock,
      String accessToken) {
    this.captured = captured;
    this.states = states;
    this.payloads = payloads;
    this.poster = poster;
    this.receipts = receipts;
    this.clock = clock;
    this.expectedAuthorization =
        ("Bearer " + accessToken).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .post("/{version}/{phoneNumberId}/messages", this::messages)
        .post("/{version}/{phoneNumberId}/media", this::upload)
        // The simulator page is not Meta's app: it may open what the bot uploaded, without a token.
        // Before the media info route, which would take "uploads" for a version.
        .get("/uploads/{mediaId}", this::uploaded)
        // Likewise "files": the download URLs the media info hands out.
        .get("/files/{mediaId}", this::mediaFile)
        .get("/{version}/{mediaId}", this::mediaInfo);
  }

  private boolean authorized(ServerRequest req, ServerResponse res) {
    byte[] given =
        req.headers()
            .first(HeaderNames.AUTHORIZATION)
            .orElse("")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (MessageDigest.isEqual(expectedAuthorization, given)) {
      return true;
    }
    res.status(Status.UNAUTHORIZED_401)
        .header(HeaderNames.CONTENT_TYPE, "application/json")
        .send(
            "{\"error\":{\"message\":\"Invalid OAuth access token.\",\"type\":\"OAuthException\","
                + "\"code\":190,\"fbtrace_id\":\"SIMULATOR\"}}");
    return false;
  }

  private void messages(ServerRequest req, ServerResponse res) throws IOException {
    if (!authorized(req, res)) {
      return;
    }
    JsonNode body = json.readTree(req.content().as(byte[].class));
    if ("read".equals(body.path("status").asText())) {
      String inboundId = body.path("message_id").asText();
      captured
          .recipientOf(inboundId)
          .ifPresent(waId -> captured.add(waId, "", clock.instant(), body));
      res.header(HeaderNames.CONTENT_TYPE, "application/json").send("{\"success\":true}");
      return;
    }
    String to = body.path("to").asText();
    if (to.isEmpty()) {
      res.status(Status.BAD_REQUEST_400)
          .header(HeaderNames.CONTENT_TYPE, "application/json")
          .send(
              "{\"error\":{\"message\":\"(#100) The parameter to is required.\","
                  + "\"type\":\"OAuthException\",\"code\":100,\"fbtrace_id\":\"SIMULATOR\"}}");
      return;
    }
    String messageId = "wamid.SIM" + UUID.randomUUID().toString().replace("-", "");
    captured.add(to, messageId, clock.instant(), body);
    states.set(messageId, "accepted");
    ObjectNode answer = json.createObjectNode().put("messaging_product", "whatsapp");
    answer.putArray("contacts").addObject().put("input", to).put("wa_id", to);
    answer.putArray("messages").addObject().put("id", messageId);
    res.header(HeaderNames.CONTENT_TYPE, "application/json").send(json.writeValueAsBytes(answer));
    receipts.submit(() -> sendReceipts(to, messageId));
  }

  private void sendReceipts(String to, String messageId) {
    for (DeliveryStatus status :
        new DeliveryStatus[] {DeliveryStatus.SENT, DeliveryStatus.DELIVERED}) {
      try {
        int code = poster.post(payloads.status(to, messageId, status, clock.instant()));
        if (code == 200) {
          states.set(messageId, status.name().toLowerCase(java.util.Locale.ROOT));
        }
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Simulated receipt not delivered", e);
        return;
      }
    }
  }

  private void upload(ServerRequest req, ServerResponse res) {
    if (!authorized(req, res)) {
      return;
    }
    byte[] content =
        filePart(
            req.content().as(byte[].class),
            req.headers().contentType().map(Object::toString).orElse(""));
    String id = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));
    media.put(id, content);
    res.header(HeaderNames.CONTENT_TYPE, "application/json").send("{\"id\":\"" + id + "\"}");
  }

  /** Keeps a file a learner sent (a voice note, a photo) for the bot to look up and download. */
  String learnerMedia(byte[] content) {
    String id = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));
    media.put(id, content.clone());
    return id;
  }

  private void mediaInfo(ServerRequest req, ServerResponse res) throws IOException {
    if (!authorized(req, res)) {
      return;
    }
    String id = req.path().pathParameters().get("mediaId");
    byte[] content = media.getIfPresent(id);
    if (content == null) {
      res.status(Status.NOT_FOUND_404)
          .header(HeaderNames.CONTENT_TYPE, "application/json")
          .send(
              "{\"error\":{\"message\":\"Unsupported get request.\",\"type\":\"GraphMethodException\","
                  + "\"code\":100,\"error_subcode\":33,\"fbtrace_id\":\"SIMULATOR\"}}");
      return;
    }
    ObjectNode info =
        json.createObjectNode()
            .put("messaging_product", "whatsapp")
            .put("url", req.requestedUri().toUri().resolve("../files/" + id).toString())
            .put("mime_type", "application/octet-stream")
            .put("sha256", sha256(content))
            .put("file_size", Integer.toString(content.length))
            .put("id", id);
    res.header(HeaderNames.CONTENT_TYPE, "application/json").send(json.writeValueAsBytes(info));
  }

  private void mediaFile(ServerRequest req, ServerResponse res) {
    if (!authorized(req, res)) {
      return;
    }
    byte[] content = media.getIfPresent(req.path().pathParameters().get("mediaId"));
    if (content == null) {
      res.status(Status.NOT_FOUND_404).send();
      return;
    }
    res.header(HeaderNames.CONTENT_TYPE, "application/octet-stream").send(content);
  }

  private void uploaded(ServerRequest req, ServerResponse res) {
    byte[] content = media.getIfPresent(req.path().pathParameters().get("mediaId"));
    if (content == null) {
      res.status(Status.NOT_FOUND_404).send();
      return;
    }
    String type =
        content.length > 4 && new String(content, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF")
            ? "application/pdf"
            : "application/octet-stream";
    res.header(HeaderNames.CONTENT_TYPE, type).send(content);
  }

  /**
   * The {@code file} part of a multipart upload, as Meta stores it; the whole body when the request
   * is not multipart (or has no file part).
   */
  static byte[] filePart(byte[] body, String contentType) {
    int at = contentType.indexOf("boundary=");
    if (at < 0) {
      return body;
    }
    String boundary = contentType.substring(at + "boundary=".length()).replace("\"", "").strip();
    int semicolon = boundary.indexOf(';');
    if (semicolon >= 0) {
      boundary = boundary.substring(0, semicolon);
    }
    // ISO-8859-1 maps every byte to one char, so indexes in the string are indexes in the bytes.
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary;
    int start = 0;
    while ((start = text.indexOf(delimiter, start)) >= 0) {
      int headersEnd = text.indexOf("\r\n\r\n", start);
      if (headersEnd < 0) {
        break;
      }
      String headers = text.substring(start, headersEnd);
      int next = text.indexOf("\r\n" + delimiter, headersEnd);
      if (next < 0) {
        break;
      }
      if (headers.contains("name=\"file\"")) {
        return java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
      }
      start = next + 2;
    }
    return body;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
