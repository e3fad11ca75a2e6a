package mx.aprende.ops.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * A lean fake of the Graph API's {@code POST /{version}/{phone-number-id}/messages}: it answers as
 * Meta does and hands every message to the current run's {@link Ledger}, stamped on arrival. By
 * default it sends no delivery receipts back, so the load is the learners' messages only; with
 * {@link #receiptsTo} it reports each accepted message sent and delivered, as Meta does.
 */
final class GraphSink implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** How the bot's apology for a failed turn starts. */
  static final String APOLOGY = "Uy, algo falló de mi lado.";

  private final WebServer server;
  private final AtomicReference<Ledger> ledger = new AtomicReference<>();
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong apologies = new AtomicLong();
  private final AtomicReference<Receipts> receipts = new AtomicReference<>();
  private final LongSupplier nanos;

  private GraphSink(int port, LongSupplier nanos) {
    this.nanos = nanos;
    this.server =
        WebServer.builder()
            .host("127.0.0.1")
            .port(port)
            .shutdownHook(false)
            .routing(r -> r.post("/{version}/{phone}/messages", this::messages))
            .build()
            .start();
  }

  /** Starts on {@code port} (0 for any free port) of the loopback interface. */
  static GraphSink start(int port, LongSupplier nanos) {
    return new GraphSink(port, nanos);
  }

  /** What to set the bot's {@code GRAPH_API_BASE_URL} to. */
  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** Sends what arrives from now on to {@code next}. */
  void recordInto(Ledger next) {
    ledger.set(next);
  }

  /** Sends delivery receipts for what arrives from now on to {@code next} (null: none). */
  void receiptsTo(Receipts next) {
    receipts.set(next);
  }

  long requests() {
    return requests.get();
  }

  /** Messages carrying the bot's "something failed on my side" apology (a turn that failed). */
  long apologies() {
    return apologies.get();
  }

  private void messages(ServerRequest req, ServerResponse res) throws IOException {
    byte[] body = req.content().as(byte[].class);
    long at = nanos.getAsLong();
    requests.incrementAndGet();
    JsonNode message = JSON.readTree(body);
    Ledger current = ledger.get();
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    if ("read".equals(message.path("status").asText())) {
      if (current != null) {
        current.readMark(message.path("message_id").asText());
      }
      res.send("{\"success\":true}");
      return;
    }
    String to = message.path("to").asText();
    if (to.isEmpty()) {
      res.status(Status.BAD_REQUEST_400)
          .send(
              "{\"error\":{\"message\":\"(#100) The parameter to is required.\","
                  + "\"type\":\"OAuthException\",\"code\":100,\"fbtrace_id\":\"LOADTEST\"}}");
      return;
    }
    if (current != null) {
      current.reply(to, body, options(message), at);
    }
    if (message.path("text").path("body").asText().startsWith(APOLOGY)) {
      apologies.incrementAndGet();
    }
    String id = "wamid.LOADTEST" + ids.incrementAndGet();
    res.send(
        "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\""
            + to
            + "\",\"wa_id\":\""
            + to
            + "\"}],\"messages\":[{\"id\":\""
            + id
            + "\"}]}");
    Receipts receipts = this.receipts.get();
    if (receipts != null) {
      receipts.accepted(to, id);
    }
  }

  /** The reply buttons or list rows of an interactive message. */
  static List<Option> options(JsonNode message) {
    JsonNode interactive = message.path("interactive");
    List<Option> options = new ArrayList<>();
    for (JsonNode button : interactive.path("action").path("buttons")) {
      JsonNode reply = button.path("reply");
      options.add(new Option(reply.path("id").asText(), reply.path("title").asText(), false));
    }
    for (JsonNode section : interactive.path("action").path("sections")) {
      for (JsonNode row : section.path("rows")) {
        options.add(new Option(row.path("id").asText(), row.path("title").asText(), true));
      }
    }
    return options;
  }

  @Override
  public void close() {
    server.stop();
  }
}
