package mx.aprende.bot.whatsapp.client;

import static mx.aprende.bot.whatsapp.client.OutboundFixtures.INBOUND_ID;
import static mx.aprende.bot.whatsapp.client.OutboundFixtures.TO;
import static mx.aprende.bot.whatsapp.client.OutboundFixtures.expected;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import mx.aprende.bot.whatsapp.client.StubGraphApi.Captured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a local stub Graph API: paths, methods, headers, bodies and answers. */
class CloudApiClientTest {

  private static final String TOKEN = "EAAG-client-test-token";
  private static final String PHONE_ID = "106540352242922";
  private static final String WAMID = "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEjQ1";
  private static final byte[] PNG = "not really a png, but bytes".getBytes(StandardCharsets.UTF_8);

  private static StubGraphApi stub;
  private static CloudApiClient client;

  @BeforeAll
  static void startStub() {
    stub = StubGraphApi.start();
    client = CloudApiClient.create(settings(stub.baseUri()));
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @BeforeEach
  void resetStub() {
    stub.reset();
  }

  /** A send posts the documented body with bearer and JSON headers and returns the wamid. */
  @Test
  void sendReturnsWamid() {
    stub.replyJson(
        200,
        sendAnswer("\"contacts\": [{\"input\": \"%s\", \"wa_id\": \"%s\"}],".formatted(TO, TO)));

    SendResult result = client.send(TO, Text.of("Lección 3: fracciones. ¿Listo?"));

    assertThat(result, is(new SendResult(WAMID, Optional.of(TO))));
    Captured request = stub.onlyRequest();
    assertThat(request.method(), is("POST"));
    assertThat(request.path(), is("/v26.0/" + PHONE_ID + "/messages"));
    assertThat(request.header("Authorization"), is("Bearer " + TOKEN));
    assertThat(request.header("Content-Type"), is("application/json"));
    assertThat(request.json(), is(expected("text.json")));
  }

  /** A BSUID send may come back without wa_id; the result says so with an empty Optional. */
  @Test
  void sendWithoutWaId() {
    stub.replyJson(200, sendAnswer("\"contacts\": [{\"input\": \"MX.abc\", \"wa_id\": \"\"}],"));
    assertThat(client.send("MX.abc", Text.of("hola")).waId(), is(Optional.empty()));
    stub.replyJson(200, sendAnswer(""));
    assertThat(client.send("MX.abc", Text.of("hola")).waId(), is(Optional.empty()));
  }

  /** A reply carries the context of the quoted message. */
  @Test
  void sendAsReply() {
    stub.replyJson(200, sendAnswer(""));
    client.send(TO, Text.of("¡Correcto! 3/4 + 1/4 = 1"), Optional.of(INBOUND_ID));
    assertThat(stub.onlyRequest().json(), is(expected("text-reply-context.json")));
  }

  /** Interactive messages go through the same endpoint with their documented body. */
  @Test
  void sendButtons() {
    stub.replyJson(200, sendAnswer(""));
    client.send(TO, OutboundFixtures.quizButtons());
    assertThat(stub.onlyRequest().json(), is(expected("buttons-header-footer.json")));
  }

  /** A message over a limit is refused before any request is made. */
  @Test
  void limitViolationSendsNothing() {
    assertThrows(MessageLimitException.class, () -> client.send(TO, Text.of("")));
    assertThat(stub.requests().isEmpty(), is(true));
  }

  /** Mark-as-read with typing indicator posts the read receipt to the messages endpoint. */
  @Test
  void markReadWithTyping() {
    stub.replyJson(200, "{\"success\": true}");
    client.markRead(INBOUND_ID, true);
    Captured request = stub.onlyRequest();
    assertThat(request.path(), is("/v26.0/" + PHONE_ID + "/messages"));
    assertThat(request.header("Authorization"), is("Bearer " + TOKEN));
    assertThat(request.json(), is(expected("mark-read-typing.json")));
  }

  /** The upload is a multipart form with messaging_product, type and the file; returns the id. */
  @Test
  void uploadMedia() {
    stub.replyJson(200, "{\"id\": \"1037543291543636\"}");

    String id = client.uploadMedia(PNG, "image/png", "figura.png");

    assertThat(id, is("1037543291543636"));
    Captured request = stub.onlyRequest();
    assertThat(request.method(), is("POST"));
    assertThat(request.path(), is("/v26.0/" + PHONE_ID + "/media"));
    assertThat(request.header("Authorization"), is("Bearer " + TOKEN));
    Map<String, Part> parts = parts(request);
    assertThat(List.copyOf(parts.keySet()), is(List.of("messaging_product", "type", "file")));
    assertThat(parts.get("messaging_product").text(), is("whatsapp"));
    assertThat(parts.get("type").text(), is("image/png"));
    Part file = parts.get("file");
    assertThat(file.headers().contains("filename=\"figura.png\""), is(true));
    assertThat(file.headers().contains("Content-Type: image/png"), is(true));
    assertThat(file.text(), is(new String(PNG, StandardCharsets.UTF_8)));
  }

  /** Media info is a GET on the versioned media id; file_size may be a string. */
  @Test
  void mediaInfo() {
    stub.replyJson(
        200,
        """
        {"messaging_product": "whatsapp", "url": "%s/lookaside/abc?ext=1",
         "mime_type": "image/png", "sha256": "%s", "file_size": "%d", "id": "1234"}"""
            .formatted(stub.baseUri(), sha256Hex(PNG), PNG.length));

    MediaInfo info = client.mediaInfo("1234");

    assertThat(info.id(), is("1234"));
    assertThat(info.url(), is(URI.create(stub.baseUri() + "/lookaside/abc?ext=1")));
    assertThat(info.mimeType(), is("image/png"));
    assertThat(info.sha256(), is(Optional.of(sha256Hex(PNG))));
    assertThat(info.fileSize(), is((long) PNG.length));
    Captured request = stub.onlyRequest();
    assertThat(request.method(), is("GET"));
    assertThat(request.path(), is("/v26.0/1234"));
    assertThat(request.header("Authorization"), is("Bearer " + TOKEN));
  }

  /** The download sends the bearer token and returns content whose sha256 matches. */
  @Test
  void downloadVerifiesSha256() {
    stub.reply(StubGraphApi.Reply.bytes(200, "image/png", PNG));

    byte[] content = client.download(info(Optional.of(sha256Hex(PNG)), PNG.length), 1024);

    assertThat(content, is(PNG));
    Captured request = stub.onlyRequest();
    assertThat(request.method(), is("GET"));
    assertThat(request.path(), is("/lookaside/abc"));
    assertThat(request.header("Authorization"), is("Bearer " + TOKEN));
  }

  /** Content that does not hash to the announced sha256 is refused (retryable). */
  @Test
  void downloadShaMismatch() {
    stub.reply(StubGraphApi.Reply.bytes(200, "image/png", PNG));
    MediaDownloadException e =
        assertThrows(
            MediaDownloadException.class,
            () -> client.download(info(Optional.of(sha256Hex(new byte[] {1})), PNG.length), 1024));
    assertThat(e.reason(), is(MediaDownloadException.Reason.CHECKSUM_MISMATCH));
    assertThat(e.retryable(), is(true));
  }

  /** A file announced larger than maxBytes is refused without downloading. */
  @Test
  void downloadRefusesAnnouncedSize() {
    MediaDownloadException e =
        assertThrows(
            MediaDownloadException.class,
            () -> client.download(info(Optional.empty(), 2048), 1024));
    assertThat(e.reason(), is(MediaDownloadException.Reason.TOO_LARGE));
    assertThat(stub.requests().isEmpty(), is(true));
  }

  /** A file that turns out larger than maxBytes is refused even if announced small. */
  @Test
  void downloadEnforcesMaxBytes() {
    stub.reply(StubGraphApi.Reply.bytes(200, "image/png", PNG));
    stub.reply(StubGraphApi.Reply.bytes(200, "image/png", PNG));
    MediaDownloadException e =
        assertThrows(
            MediaDownloadException.class,
            () -> client.download(info(Optional.empty(), 1), PNG.length - 1));
    assertThat(e.reason(), is(MediaDownloadException.Reason.TOO_LARGE));
    assertThat(client.download(info(Optional.empty(), 1), PNG.length), is(PNG));
  }

  /** An expired download URL answers 404, reported with its status so callers refetch. */
  @Test
  void downloadExpiredUrl() {
    stub.reply(
        StubGraphApi.Reply.bytes(404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));
    GraphApiException e =
        assertThrows(
            GraphApiException.class, () -> client.download(info(Optional.empty(), 4), 1024));
    assertThat(e.httpStatus(), is(404));
    assertThat(e.retryable(), is(false));
  }

  /** The token is not sent over plain http when Graph itself is configured over https. */
  @Test
  void tokenNotSentOverPlainHttp() {
    CloudApiClient https =
        CloudApiClient.create(
            new CloudApiSettings(
                URI.create("https://graph.facebook.com"),
                "v26.0",
                PHONE_ID,
                TOKEN,
                Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class, () -> https.download(info(Optional.empty(), 4), 1024));
    assertThat(stub.requests().isEmpty(), is(true));
  }

  /** A base URI with a path prefix (an in-process fake) keeps the prefix. */
  @Test
  void baseUriWithPrefix() {
    CloudApiClient prefixed =
        CloudApiClient.create(settings(URI.create(stub.baseUri() + "/fake-graph/")));
    stub.replyJson(200, sendAnswer(""));
    prefixed.send(TO, Text.of("hola"));
    assertThat(stub.onlyRequest().path(), is("/fake-graph/v26.0/" + PHONE_ID + "/messages"));
  }

  private static MediaInfo info(Optional<String> sha256, long size) {
    return new MediaInfo(
        "1234", URI.create(stub.baseUri() + "/lookaside/abc"), "image/png", sha256, size);
  }

  private static String sendAnswer(String contacts) {
    return """
        {"messaging_product": "whatsapp", %s
         "messages": [{"id": "%s", "message_status": "accepted"}]}"""
        .formatted(contacts, WAMID);
  }

  private static CloudApiSettings settings(URI baseUri) {
    return new CloudApiSettings(baseUri, "v26.0", PHONE_ID, TOKEN, Duration.ofSeconds(2));
  }

  private static String sha256Hex(byte[] content) {
    return HexFormat.of().formatHex(MultipartForm.sha256(content));
  }

  /** One part of a multipart body: its raw header block and its content as text. */
  private record Part(String headers, String text) {}

  /** A minimal multipart/form-data reader, keyed by the part's {@code name}. */
  private static Map<String, Part> parts(Captured request) {
    String contentType = request.header("Content-Type");
    assertThat(contentType.startsWith("multipart/form-data; boundary="), is(true));
    String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9);
    String body = new String(request.body(), StandardCharsets.UTF_8);
    assertThat(body.endsWith(boundary + "--\r\n"), is(true));
    Map<String, Part> parts = new LinkedHashMap<>();
    for (String chunk : body.split(Pattern.quote(boundary))) {
      if (chunk.isEmpty() || chunk.startsWith("--")) {
        continue;
      }
      String part = chunk.substring(2, chunk.length() - 2); // CRLF after boundary, before next
      int split = part.indexOf("\r\n\r\n");
      String headers = part.substring(0, split);
      String name = headers.replaceFirst("(?s).*?; name=\"([^\"]*)\".*", "$1");
      parts.put(name, new Part(headers, part.substring(split + 4)));
    }
    return parts;
  }
}
