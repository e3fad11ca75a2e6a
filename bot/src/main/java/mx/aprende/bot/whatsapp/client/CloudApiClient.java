package mx.aprende.bot.whatsapp.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.common.buffers.DataReader.InsufficientDataAvailableException;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientRequest;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * Sends messages and handles media through the WhatsApp Cloud API (project reference §5 and §8).
 *
 * <p>Every call is blocking (run it on a virtual thread) and either returns a result or throws a
 * {@link WhatsAppException}: {@link MessageLimitException} before anything is sent, {@link
 * GraphApiException} when Graph answers with an error, {@link GraphUnavailableException} when it
 * cannot be reached, times out, or answers 5xx without an error body. The client does not retry;
 * the caller decides with {@link WhatsAppException#retryable()}. Thread-safe; create one per phone
 * number and share it.
 */
public final class CloudApiClient {

  /** Graph error bodies and JSON answers are small; a larger error body is not worth reading. */
  private static final int MAX_ANSWER_BYTES = 1 << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Stands in for the recipient while rendering; removed before the body is stored. */
  private static final String PLACEHOLDER_RECIPIENT = "0";

  private final CloudApiSettings settings;
  private final WebClient http;

  private CloudApiClient(CloudApiSettings settings, WebClient http) {
    this.settings = settings;
    this.http = http;
  }

  /**
   * A client for the given settings; opens no connection yet.
   *
   * @param settings base URI, version, phone number id, token and timeout
   * @return the client
   */
  public static CloudApiClient create(CloudApiSettings settings) {
    Objects.requireNonNull(settings, "settings");
    WebClient http =
        WebClient.builder()
            .connectTimeout(settings.timeout())
            .readTimeout(settings.timeout())
            .build();
    return new CloudApiClient(settings, http);
  }

  /**
   * Sends a message.
   *
   * @param to the recipient: phone number digits (E.164, {@code +} optional) or a BSUID
   * @param message the message
   * @return the {@code wamid} and, for phone sends, the WhatsApp id
   */
  public SendResult send(String to, OutboundMessage message) {
    return send(to, message, Optional.empty());
  }

  /**
   * Sends a message, shown as a reply to an earlier message when {@code replyToMessageId} is given
   * ({@code "context": {"message_id": ...}}).
   *
   * @param to the recipient: phone number digits or a BSUID
   * @param message the message
   * @param replyToMessageId the {@code wamid} quoted by the reply
   * @return the {@code wamid} and, for phone sends, the WhatsApp id
   */
  public SendResult send(String to, OutboundMessage message, Optional<String> replyToMessageId) {
    ObjectNode body = MessageBodies.message(to, message, replyToMessageId);
    return GraphResponses.sendResult(postJson("send " + message.type(), body));
  }

  /**
   * Checks {@code message} against the limits and renders it for a later {@link #send(String,
   * PreparedMessage)}.
   *
   * @param message the message
   * @return the rendered message, without a recipient
   * @throws MessageLimitException when the message breaks a limit
   */
  public PreparedMessage prepare(OutboundMessage message) {
    ObjectNode body = MessageBodies.message(PLACEHOLDER_RECIPIENT, message, Optional.empty());
    body.remove("to");
    try {
      return new PreparedMessage(message.type(), MAPPER.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException("a Jackson tree always serialises", e);
    }
  }

  /**
   * Sends a message rendered by {@link #prepare(OutboundMessage)}.
   *
   * @param to the recipient: phone number digits or a BSUID
   * @param message the rendered message
   * @return the {@code wamid} and, for phone sends, the WhatsApp id
   */
  public SendResult send(String to, PreparedMessage message) {
    LimitChecks.notBlank("to", to);
    ObjectNode body;
    try {
      body = (ObjectNode) MAPPER.readTree(message.json());
    } catch (IOException | ClassCastException e) {
      throw new IllegalArgumentException("a prepared message is a JSON object", e);
    }
    body.put("to", to);
    return GraphResponses.sendResult(postJson("send " + message.type(), body));
  }

  /**
   * Marks an inbound message (and all earlier ones) read, optionally showing the typing indicator
   * for up to 25 seconds or until the next reply. Only show it when a reply follows.
   *
   * @param inboundMessageId the {@code wamid} of the user's message
   * @param showTypingIndicator whether to show "typing..."
   */
  public void markRead(String inboundMessageId, boolean showTypingIndicator) {
    postJson("mark read", MessageBodies.markRead(inboundMessageId, showTypingIndicator));
  }

  /**
   * Uploads media for later sends ({@link MediaSource.Uploaded}); the id stays valid 30 days.
   *
   * @param content the file
   * @param mimeType its MIME type, e.g. {@code application/pdf}
   * @param filename the file name sent in the form
   * @return the media id
   */
  public String uploadMedia(byte[] content, String mimeType, String filename) {
    SequencedMap<String, String> fields = new LinkedHashMap<>();
    fields.put("messaging_product", "whatsapp");
    fields.put("type", mimeType);
    MultipartForm form = MultipartForm.of(fields, "file", filename, mimeType, content);
    HttpClientRequest request =
        authorized(http.post().uri(settings.mediaUploadUri()))
            .header(HeaderNames.CONTENT_TYPE, form.contentType());
    return GraphResponses.uploadedId(exchange("upload media", request, Optional.of(form.bytes())));
  }

  /**
   * Looks up a media id (from a webhook or an upload): its short-lived download URL, type, size and
   * hash.
   *
   * @param mediaId the media id
   * @return the media description
   */
  public MediaInfo mediaInfo(String mediaId) {
    HttpClientRequest request = authorized(http.get().uri(settings.mediaUri(mediaId)));
    return GraphResponses.mediaInfo(exchange("media info", request, Optional.empty()));
  }

  /**
   * Downloads media with the bearer token, refusing more than {@code maxBytes} and content whose
   * SHA-256 differs from {@link MediaInfo#sha256()}. An expired URL answers 404 ({@link
   * GraphApiException}): call {@link #mediaInfo(String)} again for a fresh one.
   *
   * @param media from {@link #mediaInfo(String)}
   * @param maxBytes the largest file accepted
   * @return the file content
   * @throws MediaDownloadException when too large or the hash does not match
   */
  public byte[] download(MediaInfo media, long maxBytes) {
    if (maxBytes < 0 || maxBytes >= Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be between 0 and about 2 GiB");
    }
    if (media.fileSize() > maxBytes) {
      throw tooLarge(maxBytes);
    }
    HttpClientRequest request = authorized(http.get().uri(tokenSafe(media.url())));
    try (HttpClientResponse response = request.request()) {
      int status = response.status().code();
      if (status < 200 || status >= 300) {
        throw GraphResponses.failure(
            "media download", status, read(response, MAX_ANSWER_BYTES), token());
      }
      byte[] content = read(response, maxBytes + 1);
      if (content.length > maxBytes) {
        throw tooLarge(maxBytes);
      }
      media.sha256().ifPresent(expected -> verify(expected, content));
      return content;
    } catch (UncheckedIOException | InsufficientDataAvailableException e) {
      throw unavailable("media download", e);
    }
  }

  private JsonNode postJson(String what, ObjectNode body) {
    byte[] bytes;
    try {
      bytes = MAPPER.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("a Jackson tree always serialises", e);
    }
    HttpClientRequest request =
        authorized(http.post().uri(settings.messagesUri()))
            .header(HeaderNames.CONTENT_TYPE, "application/json");
    return exchange(what, request, Optional.of(bytes));
  }

  /**
   * Helidon reports refused connections and timeouts as {@link UncheckedIOException} and a peer
   * that hangs up before answering as {@link InsufficientDataAvailableException}; both mean the
   * Graph API was not reachable, so both become {@link GraphUnavailableException}.
   */
  private JsonNode exchange(String what, HttpClientRequest request, Optional<byte[]> body) {
    request.header(HeaderNames.ACCEPT, "application/json");
    try (HttpClientResponse response =
        body.isPresent() ? request.submit(body.get()) : request.request()) {
      int status = response.status().code();
      return GraphResponses.parse(what, status, read(response, MAX_ANSWER_BYTES), token());
    } catch (UncheckedIOException | InsufficientDataAvailableException e) {
      throw unavailable(what, e);
    }
  }

  private HttpClientRequest authorized(HttpClientRequest request) {
    return request.header(HeaderNames.AUTHORIZATION, "Bearer " + token());
  }

  private String token() {
    return settings.accessToken();
  }

  /**
   * The token must not travel in clear text unless Graph itself is configured over http (fakes).
   */
  private URI tokenSafe(URI url) {
    boolean plainAllowed = "http".equals(settings.baseUri().getScheme());
    if (!"https".equals(url.getScheme()) && !(plainAllowed && "http".equals(url.getScheme()))) {
      throw new IllegalArgumentException("media URL must be https to carry the access token");
    }
    return url;
  }

  private static byte[] read(HttpClientResponse response, long limit) {
    try (InputStream in = response.inputStream()) {
      return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void verify(String expected, byte[] content) {
    byte[] actual = MultipartForm.sha256(content);
    boolean matches =
        expected.length() == 64
            ? HexFormat.of().formatHex(actual).equalsIgnoreCase(expected)
            : Base64.getEncoder().encodeToString(actual).equals(expected);
    if (!matches) {
      throw new MediaDownloadException(
          MediaDownloadException.Reason.CHECKSUM_MISMATCH,
          "downloaded media does not match its announced SHA-256");
    }
  }

  private static MediaDownloadException tooLarge(long maxBytes) {
    return new MediaDownloadException(
        MediaDownloadException.Reason.TOO_LARGE,
        "media is larger than the %d bytes accepted".formatted(maxBytes));
  }

  private static GraphUnavailableException unavailable(String what, Exception cause) {
    return new GraphUnavailableException("Graph API unavailable for " + what + ": " + cause, cause);
  }
}
