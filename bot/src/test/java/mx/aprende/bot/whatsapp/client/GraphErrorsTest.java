package mx.aprende.bot.whatsapp.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The error catalogue and how HTTP failures from the Graph API become typed exceptions. */
class GraphErrorsTest {

  private static final String TOKEN = "EAAG-test-token-do-not-leak";

  private static StubGraphApi stub;
  private static CloudApiClient client;

  @BeforeAll
  static void startStub() {
    stub = StubGraphApi.start();
    client = CloudApiClient.create(settings(stub.baseUri(), Duration.ofMillis(300)));
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @BeforeEach
  void resetStub() {
    stub.reset();
  }

  /** Every code of the reference's error table maps to its category and retry advice. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "130429, THROTTLED, true",
    "4, THROTTLED, true",
    "80007, THROTTLED, true",
    "131056, PAIR_RATE_LIMITED, true",
    "1, TRANSIENT, true",
    "2, TRANSIENT, true",
    "131016, TRANSIENT, true",
    "131000, UNKNOWN, true",
    "131048, QUALITY, false",
    "131064, QUALITY, false",
    "131047, WINDOW_CLOSED, false",
    "131026, RECIPIENT_UNREACHABLE, false",
    "131049, MARKETING_LIMIT, false",
    "131050, MARKETING_LIMIT, false",
    "131051, BAD_REQUEST, false",
    "131052, MEDIA_PROBLEM, false",
    "131053, MEDIA_PROBLEM, false",
    "132000, TEMPLATE_PROBLEM, false",
    "132012, TEMPLATE_PROBLEM, false",
    "132001, TEMPLATE_PROBLEM, false",
    "132005, TEMPLATE_PROBLEM, false",
    "132007, TEMPLATE_PROBLEM, false",
    "132015, TEMPLATE_PROBLEM, false",
    "132016, TEMPLATE_PROBLEM, false",
    "131008, BAD_REQUEST, false",
    "131009, BAD_REQUEST, false",
    "100, BAD_REQUEST, false",
    "190, AUTH, false",
    "0, AUTH, false",
    "3, AUTH, false",
    "10, AUTH, false",
    "200, AUTH, false",
    "250, AUTH, false",
    "299, AUTH, false",
    "131005, AUTH, false",
    "368, ACCOUNT_BLOCKED, false",
    "131031, ACCOUNT_BLOCKED, false",
    "130497, CONFIG, false",
    "131042, CONFIG, false",
    "131045, CONFIG, false",
    "131037, CONFIG, false",
    "130472, IGNORABLE, false",
    "999999, UNKNOWN, false"
  })
  void catalogue(int code, ErrorCategory category, boolean retryable) {
    ErrorAdvice advice = GraphErrors.advice(code);
    assertThat(advice.category(), is(category));
    assertThat(advice.retryable(), is(retryable));
  }

  /** 131000 is retried a few times only, not indefinitely. */
  @Test
  void unknownErrorRetriedAFewTimes() {
    assertThat(GraphErrors.advice(131000).maxRetries(), is(3));
  }

  /** An unlisted code falls back on the HTTP status: 429 throttled, 5xx transient, 4xx final. */
  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource({"429, THROTTLED, true", "503, TRANSIENT, true", "400, UNKNOWN, false"})
  void unlistedCodeUsesHttpStatus(int status, ErrorCategory category, boolean retryable) {
    ErrorAdvice advice = GraphErrors.advice(424242, status);
    assertThat(advice.category(), is(category));
    assertThat(advice.retryable(), is(retryable));
  }

  /** HTTP error bodies become GraphApiException with code, subcode, details and fbtrace id. */
  @ParameterizedTest(name = "HTTP {0} code {1}")
  @CsvSource({
    "400, 131047, WINDOW_CLOSED, false",
    "401, 190, AUTH, false",
    "429, 130429, THROTTLED, true",
    "500, 131000, UNKNOWN, true"
  })
  void errorBodyMapped(int status, int code, ErrorCategory category, boolean retryable) {
    stub.replyJson(
        status,
        """
        {"error": {"message": "(#%d) Something went wrong", "type": "OAuthException",
          "code": %d, "error_subcode": 2494010,
          "error_data": {"messaging_product": "whatsapp", "details": "More about it"},
          "fbtrace_id": "AbC123xYz"}}"""
            .formatted(code, code));

    GraphApiException e =
        assertThrows(GraphApiException.class, () -> client.send("5215512345678", Text.of("hola")));

    assertThat(e.httpStatus(), is(status));
    assertThat(e.code(), is(code));
    assertThat(e.subcode(), is(Optional.of(2494010)));
    assertThat(e.message(), is("(#%d) Something went wrong".formatted(code)));
    assertThat(e.details(), is(Optional.of("More about it")));
    assertThat(e.fbtraceId(), is(Optional.of("AbC123xYz")));
    assertThat(e.error().type(), is(Optional.of("OAuthException")));
    assertThat(e.advice().category(), is(category));
    assertThat(e.retryable(), is(retryable));
    assertThat(e.getMessage(), containsString("AbC123xYz"));
  }

  /** An error body without subcode, details or trace id leaves those empty. */
  @Test
  void minimalErrorBody() {
    stub.replyJson(400, "{\"error\": {\"message\": \"Invalid parameter\", \"code\": 100}}");
    GraphApiException e =
        assertThrows(GraphApiException.class, () -> client.send("5215512345678", Text.of("hola")));
    assertThat(e.code(), is(100));
    assertThat(e.subcode(), is(Optional.empty()));
    assertThat(e.details(), is(Optional.empty()));
    assertThat(e.fbtraceId(), is(Optional.empty()));
  }

  /** A 502 with an HTML page from a proxy is "unavailable", retryable, with the status. */
  @Test
  void nonJson502IsUnavailable() {
    stub.reply(
        StubGraphApi.Reply.bytes(
            502, "text/html", "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8)));
    GraphUnavailableException e =
        assertThrows(
            GraphUnavailableException.class, () -> client.send("5215512345678", Text.of("hola")));
    assertThat(e.httpStatus(), is(OptionalInt.of(502)));
    assertThat(e.retryable(), is(true));
  }

  /** A server that does not answer within the timeout is "unavailable". */
  @Test
  void timeoutIsUnavailable() {
    stub.reply(StubGraphApi.Reply.hanging());
    GraphUnavailableException e =
        assertThrows(
            GraphUnavailableException.class, () -> client.send("5215512345678", Text.of("hola")));
    assertThat(e.httpStatus(), is(OptionalInt.empty()));
    assertThat(e.retryable(), is(true));
  }

  /** Nobody listening on the port is "unavailable". */
  @Test
  void connectionRefusedIsUnavailable() throws IOException {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    CloudApiClient nowhere =
        CloudApiClient.create(
            settings(URI.create("http://127.0.0.1:" + freePort), Duration.ofMillis(500)));
    GraphUnavailableException e =
        assertThrows(
            GraphUnavailableException.class, () -> nowhere.send("5215512345678", Text.of("hola")));
    assertThat(e.retryable(), is(true));
  }

  /** A server that accepts the connection and hangs up without answering is "unavailable". */
  @Test
  void hangUpIsUnavailable() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread.ofVirtual()
          .start(
              () -> {
                try (Socket accepted = socket.accept()) {
                  accepted.getInputStream().read(new byte[256]);
                } catch (IOException e) {
                  // the test only needs the connection dropped
                }
              });
      CloudApiClient dropping =
          CloudApiClient.create(
              settings(
                  URI.create("http://127.0.0.1:" + socket.getLocalPort()), Duration.ofSeconds(2)));
      GraphUnavailableException e =
          assertThrows(
              GraphUnavailableException.class,
              () -> dropping.send("5215512345678", Text.of("hola")));
      assertThat(e.retryable(), is(true));
    }
  }

  /** The access token never shows in an exception message, even if Graph echoes it. */
  @Test
  void tokenNeverInMessages() {
    stub.replyJson(
        401,
        """
        {"error": {"message": "Invalid token %s", "code": 190,
          "error_data": {"details": "token %s expired"}}}"""
            .formatted(TOKEN, TOKEN));
    GraphApiException e =
        assertThrows(GraphApiException.class, () -> client.send("5215512345678", Text.of("hola")));
    assertThat(e.getMessage(), not(containsString(TOKEN)));
    assertThat(e.message(), not(containsString(TOKEN)));
    assertThat(e.details().orElseThrow(), not(containsString(TOKEN)));
    assertThat(e.advice().category(), is(ErrorCategory.AUTH));
    assertThat(client.toString(), not(containsString(TOKEN)));
    assertThat(
        settings(stub.baseUri(), Duration.ofSeconds(1)).toString(), not(containsString(TOKEN)));
  }

  private static CloudApiSettings settings(URI baseUri, Duration timeout) {
    return new CloudApiSettings(baseUri, "v26.0", "106540352242922", TOKEN, timeout);
  }
}
