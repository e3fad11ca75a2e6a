package mx.aprende.bot.privacy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import mx.aprende.bot.privacy.mongo.MongoInactiveLearners;
import mx.aprende.bot.privacy.mongo.MongoTranscriptRetention;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Message text forgotten by age in MongoDB, and silent learners found by their last message. */
class MongoRetentionStoresTest {

  private static final Instant CUTOFF = Instant.parse("2026-10-29T00:00:00Z");
  private static final Date OLD = Date.from(CUTOFF.minus(Duration.ofDays(1)));
  private static final Date RECENT = Date.from(CUTOFF.plus(Duration.ofDays(1)));

  private final MongoDatabase db = MongoTestSupport.freshDatabase();

  /**
   * Finished outbox items, delivery logs, tutors' messages, model memories and the last replies
   * kept with sessions older than the cutoff go; recent ones and anything not sent yet stay,
   * however old.
   */
  @Test
  void forgetsOldFinishedTextOnly() {
    db.getCollection("outbox")
        .insertMany(
            List.of(
                new Document("_id", "old-sent").append("state", "SENT").append("sentAt", OLD),
                new Document("_id", "old-parked")
                    .append("state", "PARKED")
                    .append("finishedAt", OLD),
                new Document("_id", "old-pending").append("state", "PENDING"),
                new Document("_id", "old-sending")
                    .append("state", "SENDING")
                    .append("attemptAt", OLD),
                new Document("_id", "recent-sent")
                    .append("state", "SENT")
                    .append("sentAt", RECENT)));
    db.getCollection("outbound")
        .insertMany(
            List.of(
                new Document("_id", "o1").append("sentAt", OLD),
                new Document("_id", "o2").append("sentAt", RECENT)));
    db.getCollection("tutor_messages")
        .insertMany(
            List.of(new Document("text", "old").append("at", OLD), new Document("at", RECENT)));
    db.getCollection("tutor_memory")
        .insertMany(
            List.of(
                new Document("_id", "lk-old").append("updatedAt", OLD),
                new Document("_id", "lk-undated"),
                new Document("_id", "lk-recent").append("updatedAt", RECENT)));
    Document lastTurn = new Document("id", "wamid.1").append("replies", "key-1:sealed");
    db.getCollection("sessions")
        .insertMany(
            List.of(
                new Document("_id", "lk-quiet")
                    .append("lastSeen", OLD)
                    .append("lastTurn", lastTurn),
                new Document("_id", "lk-active")
                    .append("lastSeen", RECENT)
                    .append("lastTurn", lastTurn)));

    Map<String, Long> forgotten = new MongoTranscriptRetention(db).forgetBefore(CUTOFF);

    assertThat(
        forgotten,
        is(
            Map.of(
                "outbox", 2L,
                "outbound", 1L,
                "tutor_messages", 1L,
                "tutor_memory", 2L,
                "sessions.lastTurn", 1L)));
    // The session stays (it is the learner's progress); only the copy of its last replies goes.
    assertThat(ids("sessions"), containsInAnyOrder("lk-quiet", "lk-active"));
    assertThat(
        db.getCollection("sessions")
            .countDocuments(new Document("lastTurn", new Document("$exists", true))),
        is(1L));
    assertThat(ids("outbox"), containsInAnyOrder("old-pending", "old-sending", "recent-sent"));
    assertThat(ids("outbound"), containsInAnyOrder("o2"));
    assertThat(ids("tutor_memory"), containsInAnyOrder("lk-recent"));
    assertThat(db.getCollection("tutor_messages").countDocuments(), is(1L));
  }

  /** Learners whose last message is older than the cutoff, at most {@code limit} of them. */
  @Test
  void findsSilentLearners() {
    db.getCollection("sessions")
        .insertMany(
            List.of(
                new Document("_id", "lk-a").append("lastSeen", OLD),
                new Document("_id", "lk-b").append("lastSeen", OLD),
                new Document("_id", "lk-c").append("lastSeen", RECENT)));
    MongoInactiveLearners inactive = new MongoInactiveLearners(db);

    assertThat(inactive.silentSince(CUTOFF, 10), containsInAnyOrder("lk-a", "lk-b"));
    assertThat(inactive.silentSince(CUTOFF, 1).size(), is(1));
  }

  private List<String> ids(String collection) {
    List<String> ids = new ArrayList<>();
    db.getCollection(collection).find().forEach(d -> ids.add(d.get("_id").toString()));
    return ids;
  }
}
