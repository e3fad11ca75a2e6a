package mx.aprende.bot.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.helidon.metrics.api.Metrics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import mx.aprende.bot.console.learners.SendResult;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.observe.BotMetrics;
import mx.aprende.bot.outbox.Backoff;
import mx.aprende.bot.outbox.Outbox;
import mx.aprende.bot.outbox.OutboxItem;
import mx.aprende.bot.outbox.OutboxSender;
import mx.aprende.bot.outbox.OutboxState;
import mx.aprende.bot.outbox.Sequencer;
import mx.aprende.bot.outbox.mongo.MongoOutbox;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.client.CloudApiSettings;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tutor's message goes through the bot's durable outbox: stored in MongoDB, sent by the outbox
 * sender to a fake Graph API (retried when it fails), after the bot's earlier replies.
 */
class WhatsAppPersonSenderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LEARNER = "5215530001234";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private HttpServer graph;
  private final List<JsonNode> delivered = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger calls = new AtomicInteger();
  private volatile int failFirst;
  private MongoDatabase database;
  private Outbox outbox;
  private WhatsAppMessenger messenger;
  private OutboxSender sender;
  private WhatsAppPersonSender persons;

  @BeforeEach
  void start() throws IOException {
    graph = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    graph.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    graph.createContext("/", this::answer);
    graph.start();
    database = MongoTestSupport.freshDatabase();
    outbox = new MongoOutbox(database, TestBots.cipher());
    CloudApiClient client =
        CloudApiClient.create(
            new CloudApiSettings(
                URI.create("http://127.0.0.1:" + graph.getAddress().getPort()),
                "v26.0",
                "100000000000001",
                "token",
                Duration.ofSeconds(2)));
    messenger =
        new WhatsAppMessenger(
            client,
            new Sequencer(InstantSource.system()),
            document -> {
              throw new AssertionError("no documents in this test");
            });
    sender =
        new OutboxSender(
            outbox,
            messenger,
            new OutboxSender.Settings(
                1_000, 1, new Backoff(Duration.ofMillis(5), Duration.ofMillis(40), 8)),
            new BotMetrics(Metrics.globalRegistry()),
            InstantSource.system(),
            new SplittableRandom(3));
    persons = new WhatsAppPersonSender(outbox, messenger, sender, new SplittableRandom(11));
  }

  @AfterEach
  void stop() {
    sender.close();
    graph.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
    if (calls.incrementAndGet() <= failFirst) {
      respond(exchange, 500, "<html>upstream error</html>");
      return;
    }
    delivered.add(body);
    respond(
        exchange,
        200,
        "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.P"
            + calls.get()
            + "\"}]}");
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** A tutor's text is stored in the {@code outbox} collection and sent to the learner from it. */
  @Test
  void tutorTextIsStoredInTheOutboxAndDelivered() {
    sender.start();
    String id = persons.sendText(LEARNER, LEARNER, "Hola, soy Ana.").id().orElseThrow();

    Document stored = database.getCollection("outbox").find(new Document("_id", id)).first();
    assertThat(stored == null, is(false));
    assertThat(stored.getString("learner"), is(LEARNER));
    assertThat(stored.getString("type"), is("text"));
    Eventually.await(
        WAIT, () -> outbox.find(id).orElseThrow().state(), state -> state == OutboxState.SENT);
    assertThat(delivered.size(), is(1));
    assertThat(delivered.getFirst().path("to").asText(), is(LEARNER));
    assertThat(delivered.getFirst().path("text").path("body").asText(), is("Hola, soy Ana."));
  }

  /** A failed send is retried by the outbox sender until the Graph API takes it. */
  @Test
  void failedSendIsRetried() {
    failFirst = 2;
    sender.start();
    String id = persons.sendText(LEARNER, LEARNER, "¿Sigues ahí?").id().orElseThrow();

    Eventually.await(
        WAIT, () -> outbox.find(id).orElseThrow().state(), state -> state == OutboxState.SENT);
    assertThat(calls.get(), is(3));
    assertThat(outbox.find(id).orElseThrow().attempts(), is(3));
    assertThat(delivered.getFirst().path("text").path("body").asText(), is("¿Sigues ahí?"));
  }

  /** The tutor's message queues behind the bot's replies already in the outbox for the learner. */
  @Test
  void tutorMessageGoesOutAfterTheBotsEarlierReplies() {
    List<OutboxItem> bot =
        messenger.items(
            "wamid.in.1", LEARNER, LEARNER, List.of(new Reply.Text("b0"), new Reply.Text("b1")));
    outbox.enqueue(bot);
    String id = persons.sendText(LEARNER, LEARNER, "tutor").id().orElseThrow();
    assertThat(
        outbox.find(id).orElseThrow().item().sequence(), greaterThan(bot.getLast().sequence()));

    sender.start(); // resumes the bot's replies and the tutor's from the store, in order
    Eventually.await(WAIT, delivered::size, n -> n >= 3);
    List<String> texts =
        delivered.stream().map(body -> body.path("text").path("body").asText()).toList();
    assertThat(texts, is(List.of("b0", "b1", "tutor")));
  }

  /**
   * While the outbox knows the learner's window is closed, free text is refused (nothing stored)
   * and the template goes out instead.
   */
  @Test
  void closedWindowTakesTheTemplateOnly() {
    OutboxItem failed =
        messenger.items("wamid.in.2", LEARNER, LEARNER, List.of(new Reply.Text("x"))).getFirst();
    outbox.enqueue(List.of(failed));
    outbox.finish(failed, OutboxState.WINDOW_CLOSED, "graph_131047", Instant.now());
    sender.start();

    assertThat(persons.sendText(LEARNER, LEARNER, "hola"), is(new SendResult.WindowClosed()));
    assertThat(database.getCollection("outbox").countDocuments(), is(1L));
    String id =
        persons.sendTemplate(LEARNER, LEARNER, "aprende_respuesta_asesor").id().orElseThrow();

    Eventually.await(
        WAIT, () -> outbox.find(id).orElseThrow().state(), state -> state == OutboxState.SENT);
    assertThat(delivered.getFirst().path("type").asText(), is("template"));
    assertThat(
        delivered.getFirst().path("template").path("name").asText(),
        is("aprende_respuesta_asesor"));
    // The approved body has one variable: the message must carry it, or Meta refuses it.
    assertThat(
        delivered.getFirst().path("template").path("components").get(0).path("parameters").size(),
        is(1));
  }

  /** Every staff action gets its own item id, never one of an inbound message's replies. */
  @Test
  void eachActionHasItsOwnId() {
    String first =
        persons.sendTemplate(LEARNER, LEARNER, "aprende_recordatorio").id().orElseThrow();
    String second =
        persons.sendTemplate(LEARNER, LEARNER, "aprende_recordatorio").id().orElseThrow();

    assertThat(first, not(is(second)));
    assertThat(first, startsWith(WhatsAppPersonSender.ACTION_PREFIX));
    assertThat(outbox.unsent(10).size(), is(2));
  }

  /** A text over WhatsApp's limit is refused as too long, and nothing is stored. */
  @Test
  void overlongTextIsRefusedAsTooLong() {
    assertThat(
        persons.sendText(LEARNER, LEARNER, "a".repeat(5000)), is(new SendResult.TooLong(4096)));
    assertThat(database.getCollection("outbox").countDocuments(), is(0L));
  }
}
