package mx.aprende.bot.whatsapp.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses WhatsApp Cloud API webhook POST bodies into a {@link WebhookBatch}. Thread-safe.
 *
 * <p>Lenient by contract (WHATSAPP.md §11): it iterates every {@code entry[] × changes[] ×
 * messages[]/statuses[]/errors[]}, tolerates unknown properties and wrong JSON types, and reports
 * anything it cannot use as {@link Ignored} instead of throwing. The only exception is {@link
 * MalformedWebhookException}, when the body is not a JSON object at all.
 *
 * <pre>{@code
 * { "object": "whatsapp_business_account",
 *   "entry": [{ "id": "<WABA id>", "changes": [{ "field": "messages",
 *     "value": { "messaging_product": "whatsapp",
 *                "metadata": { "display_phone_number": "15550001111", "phone_number_id": "1065..." },
 *                "contacts": [...], "messages": [...], "statuses": [...], "errors": [...] } }] }] }
 * }</pre>
 */
public final class WebhookParser {
  private static final String BUSINESS_ACCOUNT = "whatsapp_business_account";

  private final ObjectMapper mapper;

  /** A parser with its own Jackson mapper. */
  public WebhookParser() {
    this.mapper =
        JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  /**
   * Everything the body carries.
   *
   * @param body the raw POST body
   * @throws MalformedWebhookException when the body is not a single JSON object
   */
  public WebhookBatch parse(byte[] body) {
    JsonNode root = readObject(body);
    Collected collected = new Collected();
    String object = LenientJson.text(root, "object").orElse("missing");
    if (!BUSINESS_ACCOUNT.equals(object)) {
      collected.ignored.add(new Ignored("object", object));
      return collected.batch();
    }
    if (LenientJson.presentButNotArray(root, "entry")) {
      collected.ignored.add(new Ignored("entry", "not an array"));
    }
    for (JsonNode entry : LenientJson.array(root, "entry")) {
      if (!entry.isObject()) {
        collected.ignored.add(new Ignored("entry", "not an object"));
        continue;
      }
      if (LenientJson.presentButNotArray(entry, "changes")) {
        collected.ignored.add(new Ignored("change", "not an array"));
      }
      for (JsonNode change : LenientJson.array(entry, "changes")) {
        readChange(change, collected);
      }
    }
    return collected.batch();
  }

  /**
   * Parses one message item again, as stored from {@link InboundMessage#rawJson()}. Problems inside
   * the content were already reported when the webhook arrived and are not reported again.
   *
   * @param rawMessageJson one {@code messages[]} item
   * @param sender the sender resolved when the webhook arrived (contacts are not in the item)
   * @param phoneNumberId our business phone number id it was sent to
   * @throws MalformedWebhookException when the JSON is not an object with an id and a timestamp
   */
  public InboundMessage restore(String rawMessageJson, Sender sender, String phoneNumberId) {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(phoneNumberId, "phoneNumberId");
    JsonNode item = readObject(rawMessageJson.getBytes(StandardCharsets.UTF_8));
    String id =
        LenientJson.nonEmptyText(item, "id")
            .orElseThrow(() -> new MalformedWebhookException("stored message has no id"));
    Instant timestamp =
        LenientJson.epochSeconds(item, "timestamp")
            .orElseThrow(() -> new MalformedWebhookException("stored message has no timestamp"));
    return MessageReader.message(item, id, timestamp, phoneNumberId, sender, new ArrayList<>());
  }

  private void readChange(JsonNode change, Collected collected) {
    if (!change.isObject()) {
      collected.ignored.add(new Ignored("change", "not an object"));
      return;
    }
    String field = LenientJson.text(change, "field").orElse("missing");
    if (!"messages".equals(field)) {
      collected.ignored.add(new Ignored("field", field));
      return;
    }
    JsonNode value = LenientJson.object(change, "value").orElse(null);
    if (value == null) {
      collected.ignored.add(new Ignored("change", "missing value"));
      return;
    }
    String phoneNumberId =
        LenientJson.object(value, "metadata")
            .flatMap(m -> LenientJson.nonEmptyText(m, "phone_number_id"))
            .orElse("");
    if (phoneNumberId.isEmpty()) {
      collected.ignored.add(new Ignored("value", "missing phone_number_id"));
    }
    for (String array : List.of("contacts", "messages", "statuses", "errors")) {
      if (LenientJson.presentButNotArray(value, array)) {
        collected.ignored.add(new Ignored("value", array + " not an array"));
      }
    }
    List<JsonNode> contacts = LenientJson.array(value, "contacts");
    for (JsonNode item : LenientJson.array(value, "messages")) {
      MessageReader.read(item, contacts, phoneNumberId, collected.ignored)
          .ifPresent(collected.messages::add);
    }
    for (JsonNode item : LenientJson.array(value, "statuses")) {
      StatusReader.read(item, phoneNumberId, collected.ignored).ifPresent(collected.statuses::add);
    }
    collected.errors.addAll(ErrorReader.errors(value, collected.ignored));
  }

  private JsonNode readObject(byte[] body) {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the offending input, which may be personal data: keep only where.
      JsonLocation at = e.getLocation();
      throw new MalformedWebhookException(
          at == null
              ? "body is not valid JSON"
              : "body is not valid JSON (line "
                  + at.getLineNr()
                  + ", column "
                  + at.getColumnNr()
                  + ")");
    } catch (IOException e) {
      throw new MalformedWebhookException("body could not be read");
    }
    if (root == null || !root.isObject()) {
      throw new MalformedWebhookException("body is not a JSON object");
    }
    return root;
  }

  private static final class Collected {
    private final List<InboundMessage> messages = new ArrayList<>();
    private final List<StatusUpdate> statuses = new ArrayList<>();
    private final List<PlatformError> errors = new ArrayList<>();
    private final List<Ignored> ignored = new ArrayList<>();

    private WebhookBatch batch() {
      return new WebhookBatch(messages, statuses, errors, ignored);
    }
  }
}
