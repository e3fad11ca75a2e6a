package mx.aprende.bot.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code /webhook} as Meta sees it: the handshake and the checks before anything is stored. */
class WebhookEndpointTest {

  private static RunningBot bot;
  private static URI webhook;
  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");

  @BeforeAll
  static void start() {
    bot = TestBots.start();
    webhook = URI.create("http://127.0.0.1:" + bot.port() + "/webhook");
  }

  @AfterAll
  static void stop() {
    bot.stop();
  }

  static Stream<Arguments> handshakes() {
    return Stream.of(
        Arguments.of("subscribe", TestBots.VERIFY_TOKEN, "1158201444", 200, "1158201444"),
        Arguments.of("subscribe", "wrong-token", "1158201444", 403, "Verification failed"),
        Arguments.of(
            "unsubscribe", TestBots.VERIFY_TOKEN, "1158201444", 403, "Verification failed"),
        Arguments.of("subscribe", "", "1158201444", 403, "Verification failed"),
        Arguments.of("subscribe", TestBots.VERIFY_TOKEN, "", 403, "Verification failed"));
  }

  /**
   * Table: hub.mode, hub.verify_token, hub.challenge → status and body (the raw challenge on
   * success).
   */
  @ParameterizedTest
  @MethodSource("handshakes")
  void verificationHandshake(String mode, String token, String challenge, int status, String body) {
    URI uri =
        URI.create(
            webhook
                + "?hub.mode="
                + mode
                + "&hub.verify_token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&hub.challenge="
                + challenge);
    HttpResponse<String> response = Http.get(uri);
    assertThat(response.statusCode(), is(status));
    assertThat(response.body(), is(body));
  }

  private static byte[] hola(String id) {
    return PAYLOADS.text("5215599990001", "Ana", id, Instant.now(), "hola");
  }

  /** A body signed with the app secret is accepted. */
  @Test
  void validSignatureIsAccepted() {
    assertThat(Http.postSigned(webhook, hola("wamid.sig.ok")).statusCode(), is(200));
  }

  /** No signature header: 401, nothing stored. */
  @Test
  void missingSignatureIsRejected() {
    HttpResponse<String> response = Http.post(webhook, hola("wamid.sig.missing"), Optional.empty());
    assertThat(response.statusCode(), is(401));
    assertThat(
        bot.storage()
            .database()
            .getCollection("inbound")
            .countDocuments(new org.bson.Document("_id", "wamid.sig.missing")),
        is(0L));
  }

  /** A signature made with another secret: 401. */
  @Test
  void wrongSignatureIsRejected() {
    byte[] body = hola("wamid.sig.wrong");
    String other =
        mx.aprende.bot.whatsapp.wire.WebhookSignature.create("another-secret").sign(body);
    assertThat(Http.post(webhook, body, Optional.of(other)).statusCode(), is(401));
  }

  /** A correct signature over a body then changed by one byte: 401. */
  @Test
  void bodyChangedByOneByteIsRejected() {
    byte[] body = hola("wamid.sig.tampered");
    String signature =
        mx.aprende.bot.whatsapp.wire.WebhookSignature.create(TestBots.APP_SECRET).sign(body);
    byte[] tampered = Arrays.copyOf(body, body.length);
    int at = new String(body, StandardCharsets.UTF_8).indexOf("hola");
    tampered[at] = 'H';
    assertThat(Http.post(webhook, tampered, Optional.of(signature)).statusCode(), is(401));
  }

  /** More than 3 MiB: 413, before any parsing. */
  @Test
  void bodyTooLargeIsRejected() {
    byte[] body = new byte[3 * 1024 * 1024 + 1];
    Arrays.fill(body, (byte) ' ');
    HttpResponse<String> response = Http.postSigned(webhook, body);
    assertThat(response.statusCode(), is(413));
  }

  /** Exactly 3 MiB of valid JSON is still accepted (Meta sends up to 3 MB). */
  @Test
  void bodyAtTheLimitIsAccepted() {
    String prefix = "{\"object\":\"whatsapp_business_account\",\"entry\":[],\"pad\":\"";
    String suffix = "\"}";
    byte[] body = new byte[3 * 1024 * 1024];
    Arrays.fill(body, (byte) 'x');
    System.arraycopy(prefix.getBytes(StandardCharsets.UTF_8), 0, body, 0, prefix.length());
    System.arraycopy(
        suffix.getBytes(StandardCharsets.UTF_8),
        0,
        body,
        body.length - suffix.length(),
        suffix.length());
    assertThat(Http.postSigned(webhook, body).statusCode(), is(200));
  }

  /** A signed body that is not JSON: 400. */
  @Test
  void malformedJsonIsRejected() {
    HttpResponse<String> response =
        Http.postSigned(
            webhook, "{\"object\":\"whatsapp_business_account\",".getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode(), is(400));
    assertThat(response.body(), containsString("error"));
  }

  /** Other webhook fields and objects are acknowledged and ignored, never a 5xx. */
  @Test
  void otherFieldsAreAcknowledged() {
    byte[] body =
        ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":"
                + "\"account_update\",\"value\":{\"event\":\"VERIFIED_ACCOUNT\"}}]}]}")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(Http.postSigned(webhook, body).statusCode(), is(200));
    byte[] page = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
    assertThat(Http.postSigned(webhook, page).statusCode(), is(200));
  }
}
