package mx.aprende.bot.tutor.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local language-model server for tests, speaking the OpenAI chat-completions and transcription
 * protocols and Ollama's {@code /api/chat}, with scripted replies. Records every request.
 */
public final class StubLlmServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One scripted reply: its text, how long to wait first, and the tokens it reports. */
  public record Scripted(String text, long delayMillis, int promptTokens, int completionTokens) {
    public static Scripted reply(String text) {
      return new Scripted(text, 0, 100, 40);
    }
  }

  /** A request as received. */
  public record Received(String path, String authorization, String contentType, String body) {
    /** The body as JSON (chat requests). */
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static final String DEFAULT_REPLY = "Piensa en partes iguales. ¿Cuántas partes tomas?";
  static final String TRANSCRIPT = "como se suman los quebrados";

  private final HttpServer server;
  private final ConcurrentLinkedDeque<Scripted> script = new ConcurrentLinkedDeque<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private StubLlmServer(HttpServer server) {
    this.server = server;
  }

  /** Starts on a free loopback port. */
  public static StubLlmServer start() throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    StubLlmServer stub = new StubLlmServer(http);
    http.createContext("/v1/chat/completions", stub::openAi);
    http.createContext("/api/chat", stub::ollama);
    http.createContext("/v1/audio/transcriptions", stub::transcription);
    http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    http.start();
    return stub;
  }

  /** The OpenAI-compatible base URL ({@code .../v1}). */
  public URI openAiBase() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  /** The Ollama base URL. */
  public URI ollamaBase() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Queues replies, answered in order; when none is queued the default reply is used. */
  public void script(Scripted... replies) {
    script.addAll(List.of(replies));
  }

  /** Every request so far, in order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** Forgets the script and the requests. */
  public void reset() {
    script.clear();
    received.clear();
  }

  private Scripted next() throws IOException {
    Scripted s = script.pollFirst();
    Scripted reply = s == null ? Scripted.reply(DEFAULT_REPLY) : s;
    if (reply.delayMillis() > 0) {
      try {
        Thread.sleep(reply.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      }
    }
    return reply;
  }

  private Received record(HttpExchange exchange) throws IOException {
    Received r =
        new Received(
            exchange.getRequestURI().getPath(),
            String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
            String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    received.add(r);
    return r;
  }

  private void openAi(HttpExchange exchange) throws IOException {
    record(exchange);
    Scripted reply = next();
    ObjectNode body =
        JSON.createObjectNode()
            .put("id", "chatcmpl-stub")
            .put("object", "chat.completion")
            .put("created", 1_700_000_000L)
            .put("model", "stub");
    ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", reply.text());
    choice.put("finish_reason", "stop");
    body.putObject("usage")
        .put("prompt_tokens", reply.promptTokens())
        .put("completion_tokens", reply.completionTokens())
        .put("total_tokens", reply.promptTokens() + reply.completionTokens());
    send(exchange, body);
  }

  private void ollama(HttpExchange exchange) throws IOException {
    record(exchange);
    Scripted reply = next();
    ObjectNode body = JSON.createObjectNode().put("model", "stub").put("done", true);
    body.putObject("message").put("role", "assistant").put("content", reply.text());
    body.put("prompt_eval_count", reply.promptTokens()).put("eval_count", reply.completionTokens());
    send(exchange, body);
  }

  private void transcription(HttpExchange exchange) throws IOException {
    record(exchange);
    send(exchange, JSON.createObjectNode().put("text", TRANSCRIPT));
  }

  private static void send(HttpExchange exchange, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    try {
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException e) {
      // The client gave up (timeout tests): nothing to answer.
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
