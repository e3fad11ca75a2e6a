package mx.aprende.bot.console.mongo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.console.learners.TranscriptEntry;
import mx.aprende.bot.console.learners.TranscriptEntry.Speaker;
import mx.aprende.bot.console.learners.Transcripts;
import mx.aprende.bot.contacts.Contacts;
import mx.aprende.bot.privacy.crypto.DataProtectionException;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import org.bson.Document;

/**
 * The transcript from {@code inbound} (the learner's messages, raw WhatsApp JSON), {@code outbound}
 * (what was sent; its text when the outbox stores it, else the message type) and {@code
 * tutor_messages} (what tutors wrote, by whom). Message texts are stored sealed and opened here
 * with the cipher; the address to reply to comes from the learner's contact.
 */
public final class MongoTranscripts implements Transcripts {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> PLACEHOLDERS =
      Map.ofEntries(
          Map.entry("image", "[imagen]"),
          Map.entry("audio", "[audio]"),
          Map.entry("voice", "[nota de voz]"),
          Map.entry("video", "[video]"),
          Map.entry("document", "[documento]"),
          Map.entry("sticker", "[sticker]"),
          Map.entry("location", "[ubicación]"),
          Map.entry("contacts", "[contacto]"),
          Map.entry("reaction", "[reacción]"),
          Map.entry("template", "[plantilla]"),
          Map.entry("interactive.button", "[mensaje con botones]"),
          Map.entry("interactive.list", "[menú]"),
          Map.entry("interactive.cta_url", "[enlace]"),
          Map.entry("text", "[texto]"));

  /** What staff see for a stored text that cannot be opened. */
  static final String UNREADABLE = "[ilegible]";

  private final MongoCollection<Document> inbound;
  private final MongoCollection<Document> outbox;
  private final MongoCollection<Document> outbound;
  private final MongoCollection<Document> tutorMessages;
  private final FieldCipher cipher;
  private final Contacts contacts;

  public MongoTranscripts(MongoDatabase database, FieldCipher cipher, Contacts contacts) {
    this.cipher = cipher;
    this.contacts = contacts;
    this.inbound = database.getCollection("inbound");
    this.outbound = database.getCollection("outbound");
    this.outbox = database.getCollection("outbox");
    this.tutorMessages = database.getCollection("tutor_messages");
  }

  @Override
  public List<TranscriptEntry> of(String learnerKey, int limit) {
    List<TranscriptEntry> lines = new ArrayList<>();
    inbound
        .find(Filters.eq("learner", learnerKey))
        .sort(Sorts.descending("sentAt"))
        .limit(limit)
        .forEach(
            d ->
                lines.add(
                    new TranscriptEntry(
                        d.getDate("sentAt").toInstant(),
                        Speaker.LEARNER,
                        learnerText(opened(d.getString("raw"))),
                        "")));
    Set<String> byTutors = new HashSet<>();
    tutorMessages
        .find(Filters.eq("learner", learnerKey))
        .sort(Sorts.descending("at"))
        .limit(limit)
        .forEach(
            d -> {
              byTutors.add(d.getString("messageId"));
              lines.add(
                  new TranscriptEntry(
                      d.getDate("at").toInstant(),
                      Speaker.TUTOR,
                      opened(d.getString("text")),
                      d.getString("by")));
            });
    // Since the durable outbox, the bot's replies (and tutors' messages) are sent from the outbox,
    // whose items keep the rendered message: the transcript shows their real text.
    Set<String> shown = new HashSet<>();
    outbox
        .find(Filters.and(Filters.eq("learner", learnerKey), Filters.exists("sentAt")))
        .sort(Sorts.descending("sentAt"))
        .limit(limit)
        .forEach(
            d -> {
              if (byTutors.contains(d.getString("_id"))
                  || !shown.add(String.valueOf(d.getString("channelMessageId")))) {
                return;
              }
              lines.add(
                  new TranscriptEntry(
                      d.getDate("sentAt").toInstant(),
                      Speaker.BOT,
                      outboxText(d.getString("type"), opened(d.getString("payload"))),
                      ""));
            });
    outbound
        .find(Filters.and(Filters.eq("learner", learnerKey), Filters.exists("sentAt")))
        .sort(Sorts.descending("sentAt"))
        .limit(limit)
        .forEach(
            d -> {
              if (!byTutors.contains(d.getString("_id")) && !shown.contains(d.getString("_id"))) {
                String text =
                    Optional.ofNullable(d.getString("text"))
                        .orElseGet(
                            () ->
                                PLACEHOLDERS.getOrDefault(
                                    String.valueOf(d.getString("type")), "[mensaje]"));
                lines.add(
                    new TranscriptEntry(d.getDate("sentAt").toInstant(), Speaker.BOT, text, ""));
              }
            });
    lines.sort(Comparator.comparing(TranscriptEntry::at));
    return lines.size() > limit
        ? List.copyOf(lines.subList(lines.size() - limit, lines.size()))
        : lines;
  }

  /** The text a learner saw in a rendered outbox message, or a placeholder for media. */
  private static String outboxText(String type, String payload) {
    try {
      JsonNode message = JSON.readTree(payload == null ? "{}" : payload);
      String text =
          message
              .path("text")
              .path("body")
              .asText(message.path("interactive").path("body").path("text").asText(""));
      if (!text.isBlank()) {
        return text;
      }
    } catch (IOException e) {
      // Fall through to the placeholder: a transcript line must never fail the page.
    }
    return PLACEHOLDERS.getOrDefault(String.valueOf(type), "[mensaje]");
  }

  @Override
  public Optional<Instant> lastLearnerMessage(String learnerKey) {
    return Optional.ofNullable(
            inbound
                .find(Filters.eq("learner", learnerKey))
                .sort(Sorts.descending("sentAt"))
                .first())
        .map(d -> d.getDate("sentAt").toInstant());
  }

  @Override
  public Optional<String> address(String learnerKey) {
    return contacts.address(learnerKey);
  }

  @Override
  public void recordTutorMessage(
      String learnerKey, String messageId, String author, String text, Instant at) {
    tutorMessages.insertOne(
        new Document("learner", learnerKey)
            .append("messageId", messageId)
            .append("by", author)
            .append("text", cipher.encrypt(text))
            .append("at", Date.from(at)));
  }

  /**
   * {@code sealed} opened; null stays null, and a value that cannot be opened (stored before
   * encryption, or under a key no longer configured) shows as unreadable: a line must never fail
   * the page.
   */
  private String opened(String sealed) {
    if (sealed == null) {
      return null;
    }
    try {
      return cipher.decrypt(sealed);
    } catch (DataProtectionException e) {
      return UNREADABLE;
    }
  }

  /** The learner's words, or a placeholder for media and anything else without text. */
  static String learnerText(String raw) {
    if (raw == null) {
      return "[mensaje]";
    }
    try {
      JsonNode message = JSON.readTree(raw);
      String type = message.path("type").asText("");
      return switch (type) {
        case "text" -> message.path("text").path("body").asText("");
        case "interactive" -> {
          JsonNode reply = message.path("interactive");
          JsonNode chosen =
              reply.has("button_reply") ? reply.path("button_reply") : reply.path("list_reply");
          yield "[eligió] " + chosen.path("title").asText("");
        }
        case "button" -> "[eligió] " + message.path("button").path("text").asText("");
        default -> {
          String caption = message.path(type).path("caption").asText("");
          String placeholder = PLACEHOLDERS.getOrDefault(type, "[" + type + "]");
          yield caption.isEmpty() ? placeholder : placeholder + " " + caption;
        }
      };
    } catch (IOException e) {
      return "[mensaje ilegible]";
    }
  }
}
