package mx.aprende.bot.privacy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.mongodb.client.MongoDatabase;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.contacts.mongo.MongoContacts;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.inbox.InboundRecord;
import mx.aprende.bot.inbox.mongo.MongoInbox;
import mx.aprende.bot.outbox.SentMessage;
import mx.aprende.bot.outbox.mongo.MongoOutboundLog;
import mx.aprende.bot.privacy.mongo.MongoAnonymousAggregates;
import mx.aprende.bot.privacy.mongo.MongoPersonalData;
import mx.aprende.bot.reminders.ReminderState;
import mx.aprende.bot.reminders.Schedule;
import mx.aprende.bot.reminders.mongo.MongoReminderStore;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.mongo.MongoAttemptLog;
import mx.aprende.engine.mongo.MongoLearnerStates;
import mx.aprende.engine.store.AttemptRecord;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class LearnerDataEraserTest {

  private static final String ANA = "5215512340001";
  private static final String LUIS = "5215512340002";
  private static final Instant T = Instant.parse("2026-11-28T15:00:00Z");

  private final MongoDatabase db = MongoTestSupport.freshDatabase();
  private final MongoAttemptLog attempts = new MongoAttemptLog(db);
  private final MongoContacts contacts = new MongoContacts(db, TestBots.cipher());

  private void storeEverything(String key) {
    new MongoSessionStore(db, TestBots.cipher()).save(Session.first(key, T).touched(T));
    new MongoInbox(db, TestBots.cipher())
        .accept(
            new InboundRecord(
                "wamid.in." + key,
                "whatsapp",
                key,
                T,
                T,
                "100",
                "{\"text\":\"hola\"}",
                Optional.empty(),
                Optional.of(key),
                Optional.of("Ana López")));
    contacts.remember(key, key);
    new MongoOutboundLog(db).recordSent(new SentMessage("wamid.out." + key, key, "text", T));
    MongoReminderStore reminders = new MongoReminderStore(db);
    reminders.schedule(key, Optional.of(new Schedule(Set.of(DayOfWeek.MONDAY), LocalTime.NOON)));
    reminders.recordSend(
        new ReminderState(key, Optional.empty(), Optional.of(T), 1, 2, Optional.empty()),
        Optional.empty());
    new MongoLearnerStates(db).update(key, s -> s.withLesson("mpe-contar-1"));
    attempts.append(
        new AttemptRecord(key, "ex-1", List.of("mpe-contar-1"), true, 0, Duration.ofSeconds(9), T));
    attempts.append(
        new AttemptRecord(
            key, "ex-2", List.of("mpe-contar-1"), false, 1, Duration.ofSeconds(20), T));
  }

  private LearnerDataEraser eraser() {
    return new LearnerDataEraser(
        new AttemptProgress(attempts, Map.of("mpe-contar-1", "mpe"), key -> Set.of("mpe-contar-1")),
        new MongoAnonymousAggregates(db),
        List.of(
            new MongoPersonalData(db, "sessions", "_id"),
            new MongoPersonalData(db, "inbound", "learner"),
            new MongoPersonalData(db, "outbound", "learner"),
            new MongoPersonalData(db, "reminders", "_id"),
            new MongoPersonalData(db, "learner_states", "_id"),
            new MongoPersonalData(db, "attempts", "learnerId"),
            contacts));
  }

  /** Every document of every collection, as JSON. */
  private List<String> everything() {
    List<String> all = new ArrayList<>();
    for (String name : db.listCollectionNames()) {
      for (Document d : db.getCollection(name).find()) {
        all.add(name + " " + d.toJson());
      }
    }
    return all;
  }

  /**
   * After erasure no document anywhere mentions the learner's key or name, their contact included;
   * the other learner's data is untouched; the module counters hold the progress without anyone's
   * key.
   */
  @Test
  void learnerIsGoneFromEveryCollection() {
    storeEverything(ANA);
    storeEverything(LUIS);
    assertThat(String.join("\n", everything()), containsString(ANA));

    LearnerDataEraser.Erasure erasure = eraser().erase(ANA);

    String left = String.join("\n", everything());
    assertThat(left, not(containsString(ANA)));
    assertThat(left, containsString(LUIS));
    assertThat(
        erasure.deleted(),
        is(
            Map.of(
                "sessions",
                1L,
                "inbound",
                1L,
                "outbound",
                1L,
                "reminders",
                1L,
                "learner_states",
                1L,
                "attempts",
                2L,
                "contacts",
                1L)));
    assertThat(contacts.address(ANA), is(Optional.empty()));
    assertThat(contacts.address(LUIS), is(Optional.of(LUIS)));
    Document counters =
        db.getCollection(MongoAnonymousAggregates.COLLECTION)
            .find(new Document("_id", "mpe"))
            .first();
    assertThat(counters.get("learners", Number.class).longValue(), is(1L));
    assertThat(counters.get("attempts", Number.class).longValue(), is(2L));
    assertThat(counters.get("correct", Number.class).longValue(), is(1L));
    assertThat(counters.get("masteredSkills", Number.class).longValue(), is(1L));
    assertThat(counters.toJson(), not(containsString(LUIS)));
  }

  /** Erasing again finds nothing left and changes no counter. */
  @Test
  void erasingTwiceIsHarmless() {
    storeEverything(ANA);
    LearnerDataEraser eraser =
        new LearnerDataEraser(
            new AttemptProgress(attempts, Map.of("mpe-contar-1", "mpe"), key -> Set.of()),
            new MongoAnonymousAggregates(db),
            List.of(new MongoPersonalData(db, "attempts", "learnerId")));
    eraser.erase(ANA);
    LearnerDataEraser.Erasure second = eraser.erase(ANA);
    assertThat(second.deleted(), is(Map.of("attempts", 0L)));
    assertThat(second.tallies(), is(List.of()));
    Document counters =
        db.getCollection(MongoAnonymousAggregates.COLLECTION)
            .find(new Document("_id", "mpe"))
            .first();
    assertThat(counters.get("learners", Number.class).longValue(), is(1L));
  }
}
