package mx.aprende.bot.console.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.console.learners.TranscriptEntry;
import mx.aprende.bot.contacts.mongo.MongoContacts;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Transcripts from inbound, outbound and tutor messages, in time order, with placeholders. */
class MongoTranscriptsTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final FieldCipher CIPHER = TestBots.cipher();

  private static MongoTranscripts transcripts(MongoDatabase db) {
    return new MongoTranscripts(db, CIPHER, new MongoContacts(db, CIPHER));
  }

  /** Learner, bot and tutor lines interleave by time; the tutor's send is not shown twice. */
  @Test
  void mergesTheThreeSources() {
    MongoDatabase db = MongoTestSupport.freshDatabase();
    db.getCollection("inbound")
        .insertOne(
            new Document("_id", "in1")
                .append("learner", "k")
                .append("sentAt", Date.from(T0))
                .append(
                    "raw",
                    CIPHER.encrypt("{\"type\":\"text\",\"text\":{\"body\":\"<b>hola</b>\"}}")));
    new MongoContacts(db, CIPHER).remember("k", "5215500000000");
    db.getCollection("outbound")
        .insertOne(
            new Document("_id", "out1")
                .append("learner", "k")
                .append("type", "interactive.list")
                .append("sentAt", Date.from(T0.plusSeconds(1))));
    db.getCollection("outbound")
        .insertOne(
            new Document("_id", "out2")
                .append("learner", "k")
                .append("type", "text")
                .append("sentAt", Date.from(T0.plusSeconds(5))));
    MongoTranscripts transcripts = transcripts(db);
    transcripts.recordTutorMessage("k", "out2", "ana", "Hola, soy Ana", T0.plusSeconds(5));

    List<TranscriptEntry> lines = transcripts.of("k", 50);
    assertThat(
        lines.stream().map(l -> l.speaker() + ":" + l.text()).toList(),
        is(List.of("LEARNER:<b>hola</b>", "BOT:[menú]", "TUTOR:Hola, soy Ana")));
    assertThat(transcripts.address("k"), is(Optional.of("5215500000000")));
    assertThat(transcripts.lastLearnerMessage("k"), is(Optional.of(T0)));
  }

  /** A learner's message that cannot be opened (stored in clear) shows as unreadable. */
  @Test
  void unreadableTextIsShownAsSuch() {
    MongoDatabase db = MongoTestSupport.freshDatabase();
    db.getCollection("inbound")
        .insertOne(
            new Document("_id", "in1")
                .append("learner", "k")
                .append("sentAt", Date.from(T0))
                .append("raw", "{\"type\":\"text\",\"text\":{\"body\":\"hola\"}}"));
    assertThat(
        transcripts(db).of("k", 10).stream().map(TranscriptEntry::text).toList(),
        is(List.of("[mensaje ilegible]")));
  }

  /**
   * Replies sent from the durable outbox show the text the learner read; a tutor's message sent
   * through the outbox is shown once, as the tutor's; a receipt-only log entry does not repeat it.
   */
  @Test
  void botLinesFromTheOutboxWithTheirText() {
    MongoDatabase db = MongoTestSupport.freshDatabase();
    db.getCollection("outbox")
        .insertOne(
            new Document("_id", "wamid.in#0")
                .append("learner", "k")
                .append("type", "interactive.button")
                .append(
                    "payload",
                    CIPHER.encrypt(
                        "{\"type\":\"interactive\",\"interactive\":{\"type\":\"button\","
                            + "\"body\":{\"text\":\"¿Te llamo *Rosa*?\"}}}"))
                .append("state", "SENT")
                .append("channelMessageId", "wamid.out.1")
                .append("sentAt", Date.from(T0.plusSeconds(1))));
    db.getCollection("outbox")
        .insertOne(
            new Document("_id", "staff.1#0")
                .append("learner", "k")
                .append("type", "text")
                .append(
                    "payload", CIPHER.encrypt("{\"type\":\"text\",\"text\":{\"body\":\"Hola\"}}"))
                .append("state", "SENT")
                .append("channelMessageId", "wamid.out.2")
                .append("sentAt", Date.from(T0.plusSeconds(9))));
    db.getCollection("outbox")
        .insertOne(
            new Document("_id", "wamid.in2#0")
                .append("learner", "k")
                .append("type", "image")
                .append("payload", CIPHER.encrypt("{\"type\":\"image\",\"image\":{\"id\":\"9\"}}"))
                .append("state", "PENDING"));
    db.getCollection("outbound")
        .insertOne(
            new Document("_id", "wamid.out.1")
                .append("learner", "k")
                .append("type", "interactive.button")
                .append("sentAt", Date.from(T0.plusSeconds(1))));
    MongoTranscripts transcripts = transcripts(db);
    transcripts.recordTutorMessage("k", "staff.1#0", "ana", "Hola", T0.plusSeconds(9));

    assertThat(
        transcripts.of("k", 50).stream().map(l -> l.speaker() + ":" + l.text()).toList(),
        is(List.of("BOT:¿Te llamo *Rosa*?", "TUTOR:Hola")));
  }

  /** What a learner sent, as the tutor reads it. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"type\":\"image\",\"image\":{\"id\":\"1\"}} | [imagen]",
        "{\"type\":\"image\",\"image\":{\"caption\":\"mi tarea\"}} | [imagen] mi tarea",
        "{\"type\":\"audio\",\"audio\":{}} | [audio]",
        "{\"type\":\"interactive\",\"interactive\":{\"list_reply\":{\"title\":\"Mi progreso\"}}} | [eligió] Mi progreso",
        "{\"type\":\"sticker\"} | [sticker]",
        "no es json | [mensaje ilegible]"
      })
  void learnerText(String raw, String expected) {
    assertThat(MongoTranscripts.learnerText(raw), is(expected));
  }
}
