package mx.aprende.bot.reminders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.reminders.mongo.MongoLearnerDirectory;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoLearnerDirectoryTest {

  private final MongoDatabase database = MongoTestSupport.freshDatabase();
  private final MongoSessionStore sessions = new MongoSessionStore(database);
  private final LearnerDirectory directory = new MongoLearnerDirectory(database);

  /** Sessions read back as learner facts; a state stored on the session gives its time zone. */
  @Test
  void readsSessions() {
    Instant t = Instant.parse("2026-11-20T12:00:00Z");
    sessions.save(Session.first("ana", t).touched(t));
    database
        .getCollection("sessions")
        .updateOne(
            new Document("_id", "ana"),
            new Document("$set", new Document("state", "QUINTANA_ROO")));
    LearnerFacts ana = directory.find("ana").orElseThrow();
    assertThat(ana.lastInbound(), is(t));
    assertThat(ana.optedOut(), is(false));
    assertThat(ana.state(), is(Optional.of(MexicanState.QUINTANA_ROO)));
    assertThat(directory.find("nobody"), is(Optional.empty()));
  }

  /** The nudge query returns learners silent in the window, never opted-out ones. */
  @Test
  void silentBetweenSkipsOptedOutAndOthers() {
    Instant t = Instant.parse("2026-11-20T12:00:00Z");
    sessions.save(Session.first("ana", t).touched(t));
    sessions.save(Session.first("beto", t).touched(t).withOptedOut(true));
    sessions.save(Session.first("caro", t.plusSeconds(86_400)).touched(t.plusSeconds(86_400)));
    assertThat(
        directory.silentBetween(t, t.plusSeconds(3600)).stream()
            .map(LearnerFacts::learnerKey)
            .toList(),
        is(List.of("ana")));
  }
}
