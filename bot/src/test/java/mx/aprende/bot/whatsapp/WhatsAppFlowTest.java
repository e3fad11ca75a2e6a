package mx.aprende.bot.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.outbox.Delivery;
import mx.aprende.bot.outbox.mongo.MongoOutboundLog;
import mx.aprende.bot.simulator.CapturedMessages;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a signed webhook in, the bot's real code path, the reply captured by the fake Graph
 * API.
 */
class WhatsAppFlowTest {

  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
  private static final Duration WAIT = Duration.ofSeconds(15);

  private static URI webhook(RunningBot bot) {
    return URI.create("http://127.0.0.1:" + bot.port() + "/webhook");
  }

  private static List<CapturedMessages.Captured> sent(RunningBot bot, String waId, int atLeast) {
    CapturedMessages captured = bot.simulator().orElseThrow().captured();
    return Eventually.await(WAIT, () -> bot(captured, waId), list -> list.size() >= atLeast);
  }

  private static List<CapturedMessages.Captured> bot(CapturedMessages captured, String waId) {
    // Read receipts are captured too (the page shows blue ticks); replies are the rest.
    return captured.after(waId, 0).stream().filter(c -> !c.body().has("status")).toList();
  }

  /**
   * "hola" from a new learner → a welcome by name with the privacy notice and the consent buttons,
   * sent to their number.
   */
  @Test
  void greetingAndConsent() {
    RunningBot bot = TestBots.start();
    try {
      byte[] body =
          PAYLOADS.text("5215511110001", "Ana López", "wamid.flow.1", Instant.now(), "hola");
      assertThat(Http.postSigned(webhook(bot), body).statusCode(), is(200));

      List<CapturedMessages.Captured> replies = sent(bot, "5215511110001", 1);
      JsonNode welcome = replies.get(0).body();
      assertThat(welcome.path("to").asText(), is("5215511110001"));
      assertThat(welcome.path("interactive").path("type").asText(), is("button"));
      assertThat(
          welcome.path("interactive").path("body").path("text").asText(),
          containsString("¡Hola, Ana!"));
      assertThat(welcome.path("interactive").path("action").path("buttons").size(), is(3));

      // The fake Graph API's receipts came back through the webhook and moved the message forward.
      MongoOutboundLog log = new MongoOutboundLog(bot.storage().database());
      Eventually.await(
          WAIT,
          () -> log.delivery(replies.get(0).messageId()),
          d -> d.equals(Optional.of(Delivery.DELIVERED)));
    } finally {
      bot.stop();
    }
  }

  /** Meta delivering the same message twice (or concurrently) gets it processed once. */
  @Test
  void duplicateDeliveryIsProcessedOnce() {
    RunningBot bot = TestBots.start();
    try {
      byte[] body = PAYLOADS.text("5215511110002", "Luis", "wamid.flow.dup", Instant.now(), "hola");
      assertThat(Http.postSigned(webhook(bot), body).statusCode(), is(200));
      assertThat(Http.postSigned(webhook(bot), body).statusCode(), is(200));
      sent(bot, "5215511110002", 1);
      Document inbound =
          Eventually.await(
              WAIT,
              () ->
                  bot.storage()
                      .database()
                      .getCollection("inbound")
                      .find(Filters.eq("_id", "wamid.flow.dup"))
                      .first(),
              d -> d != null && "done".equals(d.getString("state")));
      assertThat(inbound.getString("state"), is("done"));
      // A second message proves the first was not processed twice (turns counts processed
      // messages).
      Http.postSigned(
          webhook(bot),
          PAYLOADS.text("5215511110002", "Luis", "wamid.flow.dup2", Instant.now(), "menú"));
      sent(bot, "5215511110002", 2);
      Document session =
          bot.storage()
              .database()
              .getCollection("sessions")
              .find(Filters.eq("_id", TestBots.learnerKey("5215511110002")))
              .first();
      assertThat(session.get("turns", Number.class).longValue(), is(2L));
      assertThat(bot(bot.simulator().orElseThrow().captured(), "5215511110002"), hasSize(2));
    } finally {
      bot.stop();
    }
  }

  /** Stop and start on the same data directory: the learner is remembered where they were. */
  @Test
  void learnersSurviveARestart(@TempDir Path dataDir) {
    Map<String, String> env = Map.of("DATA_DIR", dataDir.toString());
    RunningBot first = Wiring.start(TestBots.settings(env), InstantSource.system());
    try {
      Http.postSigned(
          webhook(first),
          PAYLOADS.text("5215511110003", "Rosa", "wamid.r.1", Instant.now(), "hola"));
      sent(first, "5215511110003", 1);
      Http.postSigned(
          webhook(first),
          PAYLOADS.text("5215511110003", "Rosa", "wamid.r.1b", Instant.now(), "acepto"));
      sent(first, "5215511110003", 2);
    } finally {
      first.stop();
    }
    RunningBot second = Wiring.start(TestBots.settings(env), InstantSource.system());
    try {
      Http.postSigned(
          webhook(second),
          PAYLOADS.text("5215511110003", "Rosa", "wamid.r.2", Instant.now(), "sí"));
      List<CapturedMessages.Captured> replies = sent(second, "5215511110003", 1);
      JsonNode age = replies.get(0).body();
      assertThat(
          age.path("interactive").path("body").path("text").asText(),
          containsString("Mucho gusto, Rosa"));
    } finally {
      second.stop();
    }
  }

  /**
   * With MongoDB unreachable the webhook answers 503, so Meta retries instead of losing the
   * message.
   */
  @Test
  void storageOutageAnswers503() {
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    MongoStorage storage = MongoStorage.open(Optional.of(uri), Path.of("target"), "outage");
    RunningBot bot =
        Wiring.start(
            TestBots.settings(Map.of()), storage, TestBots.curriculum(), InstantSource.system());
    try {
      server.shutdownNow();
      byte[] body = PAYLOADS.text("5215511110004", "Eva", "wamid.outage", Instant.now(), "hola");
      assertThat(Http.postSigned(webhook(bot), body).statusCode(), is(503));
    } finally {
      bot.stop();
    }
  }

  /** Health (with the MongoDB check) and metrics are on the internal port, not the public one. */
  @Test
  void healthAndMetricsOnTheInternalPort() {
    RunningBot bot = TestBots.start();
    try {
      Http.postSigned(
          webhook(bot), PAYLOADS.text("5215511110005", "Eva", "wamid.m.1", Instant.now(), "hola"));
      sent(bot, "5215511110005", 1);
      URI console = URI.create("http://127.0.0.1:" + bot.consolePort());
      var health = Http.get(console.resolve("/observe/health"));
      assertThat(health.statusCode(), is(200));
      assertThat(health.body(), containsString("mongodb"));
      assertThat(health.body(), containsString("UP"));
      var metrics = Http.get(console.resolve("/observe/metrics"), "text/plain");
      assertThat(metrics.statusCode(), is(200));
      assertThat(metrics.body(), containsString("aprende_inbound_messages"));
      assertThat(metrics.body(), containsString("type=\"text\""));
      assertThat(metrics.body(), containsString("aprende_outbound_messages"));
      assertThat(metrics.body(), containsString("aprende_webhook_latency"));
      URI publicPort = URI.create("http://127.0.0.1:" + bot.port());
      assertThat(Http.get(publicPort.resolve("/observe/health")).statusCode(), is(404));
    } finally {
      bot.stop();
    }
  }
}
