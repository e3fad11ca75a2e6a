package mx.aprende.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Graph API {@code /messages} endpoint on a free local port for tests that run the whole bot: it
 * keeps the text of every message sent (a message without text as its whole JSON), answers each
 * with a message id, and can run a step at the next read mark (the moment a turn's replies start
 * going out).
 */
public final class FakeGraphApi implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> texts = new CopyOnWriteArrayList<>();
  private final AtomicReference<Runnable> atNextRead = new AtomicReference<>();
  private final AtomicLong ids = new AtomicLong();
  private final WebServer server;

  private FakeGraphApi() {
    this.server =
        WebServer.builder()
            .host("127.0.0.1")
            .port(0)
            .shutdownHook(false)
            .routing(r -> r.post("/{version}/{phone}/messages", this::messages))
            .build()
            .start();
  }

  public static FakeGraphApi start() {
    return new FakeGraphApi();
  }

  /** For {@code GRAPH_API_BASE_URL}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** What the bot sent so far, in order, read marks left out. */
  public List<String> texts() {
    return texts;
  }

  /** Runs {@code step} once, when the next read mark arrives (before answering it). */
  public void atNextReadMark(Runnable step) {
    atNextRead.set(step);
  }

  @Override
  public void close() {
    server.stop();
  }

  private void messages(ServerRequest req, ServerResponse res) throws IOException {
    JsonNode message = JSON.readTree(req.content().as(byte[].class));
    if ("read".equals(message.path("status").asText())) {
      Runnable step = atNextRead.getAndSet(null);
      if (step != null) {
        step.run();
      }
      res.send("{\"success\":true}");
      return;
    }
    JsonNode text = message.path("text").path("body");
    texts.add(text.isMissingNode() ? message.toString() : text.asText());
    res.send(
        "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.FAKE"
            + ids.incrementAndGet()
            + "\"}]}");
  }
}
