package mx.aprende.bot.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;

/**
 * The simulator's JSON API under {@code /simulator/api}: the page posts what the learner does, this
 * turns it into a signed Cloud API webhook for {@code /webhook}, and serves back what the bot sent.
 */
final class SimulatorService implements HttpService {

  private static final Pattern WA_ID = Pattern.compile("\\d{6,15}");
  private static final int MAX_TEXT = 4096;

  private final ObjectMapper json = new ObjectMapper();
  private final WebhookPayloads payloads;
  private final WebhookPoster poster;
  private final CapturedMessages captured;
  private final DeliveryStates states;
  private final InstantSource clock;
  private final ObjectNode config;

  SimulatorService(
      WebhookPayloads payloads,
      WebhookPoster poster,
      CapturedMessages captured,
      DeliveryStates states,
      InstantSource clock,
      String displayPhoneNumber) {
    this.payloads = payloads;
    this.poster = poster;
    this.captured = captured;
    this.states = states;
    this.clock = clock;
    this.config =
        json.createObjectNode()
            .put("business_name", "Aprende")
            .put("business_phone", displayPhoneNumber)
            .put("default_wa_id", "5215512345678")
            .put("default_name", "Ana");
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/config", (req, res) -> sendJson(res, Status.OK_200, config))
        .post("/messages", this::message)
        .get("/outbox", this::outbox)
        .post("/reset", this::reset);
  }

  private void message(ServerRequest req, ServerResponse res) {
    JsonNode body;
    try {
      body = json.readTree(req.content().as(byte[].class));
    } catch (java.io.IOException e) {
      error(res, Status.BAD_REQUEST_400, "El cuerpo no es JSON válido.");
      return;
    }
    String waId = body.path("wa_id").asText("");
    if (!WA_ID.matcher(waId).matches()) {
      error(res, Status.BAD_REQUEST_400, "wa_id debe tener de 6 a 15 dígitos, sin + ni espacios.");
      return;
    }
    String name = body.path("name").asText("").strip();
    if (name.length() > 60) {
      error(res, Status.BAD_REQUEST_400, "El nombre es demasiado largo (máximo 60).");
      return;
    }
    String messageId = "wamid.SIMIN" + UUID.randomUUID().toString().replace("-", "");
    Instant at = clock.instant();
    Optional<byte[]> payload = payload(body, waId, name, messageId, at);
    if (payload.isEmpty()) {
      error(res, Status.BAD_REQUEST_400, "Mensaje incompleto: revisa type y sus campos.");
      return;
    }
    // Registered before posting so the bot's mark-as-read for this message finds its chat.
    captured.registerInbound(messageId, waId);
    int status = poster.post(payload.get());
    if (status != 200) {
      error(res, Status.BAD_GATEWAY_502, "El webhook respondió " + status + ".");
      return;
    }
    sendJson(res, Status.ACCEPTED_202, json.createObjectNode().put("message_id", messageId));
  }

  private Optional<byte[]> payload(JsonNode body, String waId, String name, String id, Instant at) {
    Optional<String> context =
        Optional.of(body.path("context_message_id").asText("")).filter(s -> !s.isEmpty());
    return switch (body.path("type").asText("")) {
      case "text" -> {
        String text = body.path("text").asText("");
        yield text.isBlank() || text.length() > MAX_TEXT
            ? Optional.empty()
            : Optional.of(payloads.text(waId, name, id, at, text));
      }
      case "button_reply" ->
          required(body, "id", "title")
              ? Optional.of(
                  payloads.buttonReply(
                      waId,
                      name,
                      id,
                      at,
                      body.get("id").asText(),
                      body.get("title").asText(),
                      context))
              : Optional.empty();
      case "list_reply" ->
          required(body, "id", "title")
              ? Optional.of(
                  payloads.listReply(
                      waId, name, id, at, body.get("id").asText(), body.get("title").asText()))
              : Optional.empty();
      case "location" ->
          body.path("latitude").isNumber() && body.path("longitude").isNumber()
              ? Optional.of(
                  payloads.location(
                      waId,
                      name,
                      id,
                      at,
                      body.get("latitude").asDouble(),
                      body.get("longitude").asDouble(),
                      Optional.of(body.path("location_name").asText("")).filter(s -> !s.isEmpty())))
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static boolean required(JsonNode body, String... fields) {
    for (String field : fields) {
      if (body.path(field).asText("").isBlank()) {
        return false;
      }
    }
    return true;
  }

  private void outbox(ServerRequest req, ServerResponse res) {
    String waId = req.query().first("wa_id").orElse("");
    if (!WA_ID.matcher(waId).matches()) {
      error(res, Status.BAD_REQUEST_400, "Falta wa_id (de 6 a 15 dígitos).");
      return;
    }
    long after;
    try {
      after = Long.parseLong(req.query().first("after").orElse("0"));
    } catch (NumberFormatException e) {
      error(res, Status.BAD_REQUEST_400, "after debe ser un número.");
      return;
    }
    ObjectNode answer = json.createObjectNode().put("wa_id", waId);
    ArrayNode messages = answer.putArray("messages");
    for (CapturedMessages.Captured c : captured.after(waId, after)) {
      ObjectNode item =
          messages
              .addObject()
              .put("seq", c.seq())
              .put("at", c.at().toString())
              .put("message_id", c.messageId());
      states.of(c.messageId()).ifPresent(state -> item.put("status", state));
      item.set("body", c.body());
    }
    sendJson(res, Status.OK_200, answer);
  }

  private void reset(ServerRequest req, ServerResponse res) {
    String waId = req.query().first("wa_id").orElse("");
    if (!WA_ID.matcher(waId).matches()) {
      error(res, Status.BAD_REQUEST_400, "Falta wa_id (de 6 a 15 dígitos).");
      return;
    }
    captured.reset(waId);
    res.status(Status.NO_CONTENT_204).send();
  }

  private void error(ServerResponse res, Status status, String message) {
    sendJson(res, status, json.createObjectNode().put("error", message));
  }

  private void sendJson(ServerResponse res, Status status, JsonNode body) {
    try {
      res.status(status)
          .header(HeaderNames.CONTENT_TYPE, "application/json")
          .send(json.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Jackson cannot write a tree it built", e);
    }
  }
}
