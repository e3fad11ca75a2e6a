package mx.aprende.bot.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.outbox.OutboxItem;
import mx.aprende.bot.outbox.SendOutcome;
import mx.aprende.bot.outbox.Sequencer;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.client.CloudApiSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A learner's message is marked read right before its answer goes out, in the learner's order. */
class ReadMarksTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpServer graph;
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean failNextSend = new AtomicBoolean();

  @BeforeEach
  void startGraph() throws IOException {
    graph = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    graph.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    graph.createContext("/", this::answer);
    graph.start();
  }

  @AfterEach
  void stopGraph() {
    graph.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
    String call =
        "read".equals(body.path("status").asText())
            ? "read " + body.path("message_id").asText()
            : "send " + body.path("text").path("body").asText();
    calls.add(call);
    if (call.startsWith("send") && failNextSend.getAndSet(false)) {
      respond(exchange, 500, "<html>upstream error</html>");
      return;
    }
    respond(
        exchange,
        200,
        call.startsWith("read")
            ? "{\"success\":true}"
            : "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.OUT\"}]}");
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private WhatsAppMessenger messenger() {
    URI base = URI.create("http://127.0.0.1:" + graph.getAddress().getPort());
    CloudApiClient client =
        CloudApiClient.create(
            new CloudApiSettings(base, "v26.0", "100000000000001", "token", Duration.ofSeconds(5)));
    return new WhatsAppMessenger(
        client,
        new Sequencer(InstantSource.system()),
        document -> {
          throw new AssertionError("no documents in this test");
        });
  }

  /**
   * Two turns decided before either answer is sent: each read mark goes out right before its own
   * answer, and a retried answer is not marked read twice.
   */
  @Test
  void eachTurnIsMarkedReadJustBeforeItsAnswer() {
    WhatsAppMessenger messenger = messenger();
    List<OutboxItem> first =
        messenger.items("wamid.in.1", "L", "5215500001111", List.of(new Reply.Text("uno")));
    messenger.acknowledgeWith(first, "wamid.in.1");
    List<OutboxItem> second =
        messenger.items("wamid.in.2", "L", "5215500001111", List.of(new Reply.Text("dos")));
    messenger.acknowledgeWith(second, "wamid.in.2");
    assertThat("nothing is marked read before its answer is sent", calls.isEmpty(), is(true));

    failNextSend.set(true);
    assertThat(messenger.send(first.getFirst()), instanceOf(SendOutcome.Retry.class));
    assertThat(messenger.send(first.getFirst()), instanceOf(SendOutcome.Sent.class));
    assertThat(messenger.send(second.getFirst()), instanceOf(SendOutcome.Sent.class));

    assertThat(
        calls, contains("read wamid.in.1", "send uno", "send uno", "read wamid.in.2", "send dos"));
  }

  /** A turn with nothing to say marks nothing read. */
  @Test
  void noAnswerNoReadMark() {
    WhatsAppMessenger messenger = messenger();
    messenger.acknowledgeWith(List.of(), "wamid.in.3");
    List<OutboxItem> other =
        messenger.items("wamid.in.4", "L", "5215500001111", List.of(new Reply.Text("cuatro")));
    messenger.send(other.getFirst());
    assertThat(calls, contains("send cuatro"));
  }
}
