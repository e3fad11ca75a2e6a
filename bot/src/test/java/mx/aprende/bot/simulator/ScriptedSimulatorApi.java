package mx.aprende.bot.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A scripted stand-in for the simulator's HTTP API, so the page can be tested without the bot.
 *
 * <p>It keeps the exact contract the real server implements ({@code config}, {@code messages},
 * {@code outbox}, {@code reset}), records every posted learner message, and answers "hola" with a
 * formatted text, a three-button message and a list. Tests add any other outbound body with {@link
 * #push}. Registered at {@code /simulator/api}.
 */
final class ScriptedSimulatorApi implements HttpService {

  static final String DEFAULT_WA_ID = "5215512345678";
  static final String BUSINESS_PHONE = "+52 55 0000 0000";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DIGITS = Pattern.compile("[0-9]{8,15}");

  private final List<ObjectNode> outbox = new ArrayList<>();
  private final List<JsonNode> posted = new ArrayList<>();
  private final List<Long> afterParameters = new ArrayList<>();
  private long seq;
  private long ids;
  private Optional<Status> failNextPost = Optional.empty();

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/config", this::handleConfig)
        .post("/messages", this::handlePostMessage)
        .get("/outbox", this::handleOutbox)
        .post("/reset", this::handleReset);
  }

  /** Forgets everything, between tests. */
  synchronized void clear() {
    outbox.clear();
    posted.clear();
    afterParameters.clear();
    failNextPost = Optional.empty();
  }

  /** The learner messages posted so far, in order. */
  synchronized List<JsonNode> posted() {
    return List.copyOf(posted);
  }

  /** The {@code after} values of the outbox polls so far (0 when absent). */
  synchronized List<Long> afterParameters() {
    return List.copyOf(afterParameters);
  }

  /** The sequence number of the last captured outbound message. */
  synchronized long lastSeq() {
    return seq;
  }

  /** Makes the next {@code POST messages} fail with this status and an error body. */
  synchronized void failNextPost(Status status) {
    failNextPost = Optional.of(status);
  }

  /**
   * Captures an outbound Cloud API body as if the bot had sent it to {@code waId}.
   *
   * @return the message id given to it
   */
  synchronized String push(String waId, String bodyJson) {
    try {
      return capture(waId, (ObjectNode) JSON.readTree(bodyJson));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handleConfig(ServerRequest req, ServerResponse res) {
    ObjectNode config = JSON.createObjectNode();
    config.put("business_name", "Aprende");
    config.put("business_phone", BUSINESS_PHONE);
    config.put("default_wa_id", DEFAULT_WA_ID);
    config.put("default_name", "Ana");
    send(res, Status.OK_200, config);
  }

  private void handlePostMessage(ServerRequest req, ServerResponse res) {
    JsonNode message;
    try {
      message = JSON.readTree(req.content().as(String.class));
    } catch (IOException e) {
      send(res, Status.BAD_REQUEST_400, error("malformed JSON"));
      return;
    }
    String waId = message.path("wa_id").asText();
    if (!DIGITS.matcher(waId).matches() || !message.path("type").isTextual()) {
      send(res, Status.BAD_REQUEST_400, error("wa_id and type are required"));
      return;
    }
    Optional<Status> failure = takeFailure();
    if (failure.isPresent()) {
      send(res, failure.get(), error("simulated failure"));
      return;
    }
    String messageId = record(message);
    if ("text".equals(message.path("type").asText())
        && "hola".equalsIgnoreCase(message.path("text").asText().strip())) {
      answerHola(waId, message.path("name").asText("amigo"));
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("message_id", messageId);
    send(res, Status.ACCEPTED_202, answer);
  }

  private void handleOutbox(ServerRequest req, ServerResponse res) {
    String waId = req.query().first("wa_id").orElse("");
    long after = Long.parseLong(req.query().first("after").orElse("0"));
    ObjectNode answer = JSON.createObjectNode();
    answer.put("wa_id", waId);
    ArrayNode messages = answer.putArray("messages");
    synchronized (this) {
      afterParameters.add(after);
      outbox.stream()
          .filter(
              entry -> entry.path("to").asText().equals(waId) && entry.path("seq").asLong() > after)
          .map(entry -> (JsonNode) entry.deepCopy().without("to"))
          .forEach(messages::add);
    }
    send(res, Status.OK_200, answer);
  }

  private void handleReset(ServerRequest req, ServerResponse res) {
    String waId = req.query().first("wa_id").orElse("");
    synchronized (this) {
      outbox.removeIf(entry -> entry.path("to").asText().equals(waId));
    }
    res.status(Status.NO_CONTENT_204).send();
  }

  private synchronized Optional<Status> takeFailure() {
    Optional<Status> failure = failNextPost;
    failNextPost = Optional.empty();
    return failure;
  }

  private synchronized String record(JsonNode message) {
    posted.add(message);
    ids++;
    return "wamid.SIMIN" + ids;
  }

  private synchronized void answerHola(String waId, String name) {
    push(
        waId,
        """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s","type":"text",
         "text":{"preview_url":false,"body":"¡Hola, *%s*! Soy tu tutor de _Aprende_.\\nEscribe ```ayuda``` cuando quieras."}}
        """
            .formatted(waId, name));
    push(
        waId,
        """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s","type":"interactive",
         "interactive":{"type":"button","body":{"text":"¿Qué quieres hacer hoy?"},"footer":{"text":"Toca una opción"},
          "action":{"buttons":[
            {"type":"reply","reply":{"id":"menu:lesson","title":"Seguir"}},
            {"type":"reply","reply":{"id":"menu:quiz","title":"Practicar"}},
            {"type":"reply","reply":{"id":"menu:help","title":"Ayuda"}}]}}}
        """
            .formatted(waId));
    push(
        waId,
        """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s","type":"interactive",
         "interactive":{"type":"list","body":{"text":"O elige del menú completo:"},
          "action":{"button":"Ver menú","sections":[
            {"title":"Aprender","rows":[
              {"id":"menu:lesson","title":"Seguir mi lección","description":"Retoma donde te quedaste"},
              {"id":"menu:progress","title":"Mi progreso","description":"Mira cuánto llevas"}]},
            {"title":"Cuenta","rows":[{"id":"menu:profile","title":"Mis datos"}]}]}}}
        """
            .formatted(waId));
  }

  private String capture(String waId, ObjectNode body) {
    seq++;
    ids++;
    String messageId = "wamid.SIMOUT" + ids;
    ObjectNode entry = JSON.createObjectNode();
    entry.put("seq", seq);
    entry.put("at", Instant.parse("2026-11-28T12:00:00Z").plusSeconds(seq).toString());
    entry.put("message_id", messageId);
    entry.put("status", "delivered");
    entry.set("body", body);
    entry.put("to", waId);
    outbox.add(entry);
    return messageId;
  }

  private static ObjectNode error(String message) {
    ObjectNode error = JSON.createObjectNode();
    error.put("error", message);
    return error;
  }

  private static void send(ServerResponse res, Status status, JsonNode body) {
    res.status(status).header(HeaderValues.CONTENT_TYPE_JSON).send(body.toString());
  }
}
