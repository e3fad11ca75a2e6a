package mx.aprende.bot.whatsapp.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for the Graph API: records every request and answers with queued replies (a
 * {@code {"success": true}} 200 when none is queued). Binds 127.0.0.1 on a free port.
 */
final class StubGraphApi implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One request as the stub saw it; header names are lower case. */
  record Captured(
      String method, String path, String query, Map<String, String> headers, byte[] body) {

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A canned answer; {@code hang} holds the request open until the stub closes. */
  record Reply(int status, String contentType, byte[] body, boolean hang) {

    static Reply json(int status, String json) {
      return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8), false);
    }

    static Reply bytes(int status, String contentType, byte[] body) {
      return new Reply(status, contentType, body, false);
    }

    static Reply hanging() {
      return new Reply(200, "application/json", "{}".getBytes(StandardCharsets.UTF_8), true);
    }
  }

  private final List<Captured> requests = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedDeque<Reply> replies = new ConcurrentLinkedDeque<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final WebServer server;

  private StubGraphApi() {
    server =
        WebServer.builder()
            .host("127.0.0.1")
            .port(0)
            .routing(routing -> routing.any(this::handle))
            .build()
            .start();
  }

  static StubGraphApi start() {
    return new StubGraphApi();
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  StubGraphApi reply(Reply reply) {
    replies.add(reply);
    return this;
  }

  StubGraphApi replyJson(int status, String json) {
    return reply(Reply.json(status, json));
  }

  List<Captured> requests() {
    return List.copyOf(requests);
  }

  Captured onlyRequest() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request but the stub saw " + requests.size());
    }
    return requests.getFirst();
  }

  void reset() {
    requests.clear();
    replies.clear();
  }

  private void handle(ServerRequest req, ServerResponse res) throws InterruptedException {
    byte[] body = req.content().hasEntity() ? req.content().as(byte[].class) : new byte[0];
    Map<String, String> headers = new TreeMap<>();
    req.headers().forEach(h -> headers.put(h.name().toLowerCase(Locale.ROOT), h.values()));
    requests.add(
        new Captured(
            req.prologue().method().text(),
            req.path().rawPath(),
            req.query().rawValue(),
            headers,
            body));
    Reply reply = replies.poll();
    if (reply == null) {
      reply = Reply.json(200, "{\"success\": true}");
    }
    if (reply.hang()) {
      closing.await(10, TimeUnit.SECONDS);
    }
    res.status(Status.create(reply.status()))
        .header(HeaderNames.CONTENT_TYPE, reply.contentType())
        .send(reply.body());
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop();
  }
}
