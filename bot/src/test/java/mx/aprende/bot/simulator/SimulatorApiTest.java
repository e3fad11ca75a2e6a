package mx.aprende.bot.simulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulator's JSON API: what the page posts becomes a real webhook; what the bot sends comes
 * back.
 */
class SimulatorApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.function.Function<String, String> JSON_ID =
      body -> {
        try {
          return JSON.readTree(body).path("message_id").asText();
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
      };
  private static RunningBot bot;
  private static URI api;

  @BeforeAll
  static void start() {
    bot = TestBots.start();
    api = URI.create("http://127.0.0.1:" + bot.port() + "/simulator/api/");
  }

  @AfterAll
  static void stop() {
    bot.stop();
  }

  private static HttpResponse<String> post(String path, String json) {
    return Http.post(api.resolve(path), json.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  private static JsonNode outbox(String waId, long after) {
    try {
      return JSON.readTree(
          Http.get(api.resolve("outbox?wa_id=" + waId + "&after=" + after)).body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Text, then a tap on a reply button: each gets the bot's answer in the outbox, in order, as raw
   * Cloud API bodies.
   */
  @Test
  void chatThroughTheApi() {
    HttpResponse<String> sent =
        post(
            "messages",
            "{\"wa_id\":\"5215520000001\",\"name\":\"Ana\",\"type\":\"text\",\"text\":\"hola\"}");
    assertThat(sent.statusCode(), is(202));
    assertThat(sent.body(), containsString("wamid.SIM"));

    JsonNode first =
        Eventually.await(
            Duration.ofSeconds(15), () -> outbox("5215520000001", 0), o -> replies(o) >= 1);
    assertThat(first.path("wa_id").asText(), is("5215520000001"));
    JsonNode consent = lastReply(first);
    assertThat(consent.path("interactive").path("type").asText(), is("button"));
    long last = first.path("messages").get(first.path("messages").size() - 1).path("seq").asLong();
    // The bot marked the learner's message read, with the typing indicator, before answering.
    JsonNode read = first.path("messages").get(0).path("body");
    assertThat(read.path("status").asText(), is("read"));
    assertThat(read.path("message_id").asText(), is(JSON_ID.apply(sent.body())));
    assertThat(read.path("typing_indicator").path("type").asText(), is("text"));

    post(
        "messages",
        "{\"wa_id\":\"5215520000001\",\"name\":\"Ana\",\"type\":\"button_reply\",\"id\":\"consent:yes\",\"title\":\"Acepto\"}");
    JsonNode next =
        Eventually.await(
            Duration.ofSeconds(15), () -> outbox("5215520000001", last), o -> replies(o) >= 1);
    assertThat(
        lastReply(next).path("interactive").path("body").path("text").asText(),
        containsString("¿Te llamo *Ana*?"));
    assertThat(next.path("messages").get(0).path("seq").asLong() > last, is(true));

    assertThat(
        Http.post(api.resolve("reset?wa_id=5215520000001"), new byte[0], Optional.empty())
            .statusCode(),
        is(204));
    assertThat(outbox("5215520000001", 0).path("messages").size(), is(0));
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of("not json", "JSON"),
        Arguments.of("{\"wa_id\":\"+52 55\",\"type\":\"text\",\"text\":\"hola\"}", "wa_id"),
        Arguments.of(
            "{\"wa_id\":\"5215520000002\",\"type\":\"text\",\"text\":\"  \"}", "incompleto"),
        Arguments.of(
            "{\"wa_id\":\"5215520000002\",\"type\":\"button_reply\",\"id\":\"x\"}", "incompleto"),
        Arguments.of(
            "{\"wa_id\":\"5215520000002\",\"type\":\"location\",\"latitude\":\"norte\"}",
            "incompleto"),
        Arguments.of("{\"wa_id\":\"5215520000002\",\"type\":\"poll\"}", "incompleto"));
  }

  /** Table: bad input from the page → 400 with a clear Spanish message, nothing sent. */
  @ParameterizedTest
  @MethodSource("badInput")
  void badInputIsRejected(String body, String phrase) {
    HttpResponse<String> response = post("messages", body);
    assertThat(response.statusCode(), is(400));
    assertThat(response.body(), containsString(phrase));
  }

  /** The page itself is served, and the root of the public port leads to it. */
  @Test
  void pageIsServed() {
    URI base = URI.create("http://127.0.0.1:" + bot.port());
    HttpResponse<String> page = Http.get(base.resolve("/simulator/"));
    assertThat(page.statusCode(), is(200));
    assertThat(page.body(), containsString("<html"));
    HttpResponse<String> root = Http.get(base.resolve("/"));
    assertThat(root.statusCode(), is(303));
    assertThat(root.headers().firstValue("Location").orElse(""), is("/simulator/"));
  }

  private static int replies(JsonNode outbox) {
    int n = 0;
    for (JsonNode m : outbox.path("messages")) {
      n += m.path("body").has("status") ? 0 : 1;
    }
    return n;
  }

  private static JsonNode lastReply(JsonNode outbox) {
    JsonNode last = null;
    for (JsonNode m : outbox.path("messages")) {
      if (!m.path("body").has("status")) {
        last = m.path("body");
      }
    }
    return last;
  }
}
