package mx.aprende.bot.reminders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.conversation.Profile;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.Step;
import mx.aprende.bot.conversation.Streak;
import mx.aprende.bot.conversation.Study;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.reminders.mongo.MongoLearnerDirectory;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoLearnerDirectoryTest {

  private final MongoDatabase database = MongoTestSupport.freshDatabase();
  private final MongoSessionStore sessions = new MongoSessionStore(database, TestBots.cipher());
  private final LearnerDirectory directory = new MongoLearnerDirectory(database, TestBots.cipher());

  /**
   * Sessions read back as learner facts (first and last message); a state stored on the session
   * gives its time zone.
   */
  @Test
  void readsSessions() {
    Instant first = Instant.parse("2026-11-13T12:00:00Z");
    Instant t = Instant.parse("2026-11-20T12:00:00Z");
    sessions.save(Session.first("ana", first).touched(t));
    database
        .getCollection("sessions")
        .updateOne(
            new Document("_id", "ana"),
            new Document("$set", new Document("state", "QUINTANA_ROO")));
    LearnerFacts ana = directory.find("ana").orElseThrow();
    assertThat(ana.lastInbound(), is(t));
    assertThat(ana.firstSeen(), is(first));
    assertThat(ana.optedOut(), is(false));
    assertThat(ana.state(), is(Optional.of(MexicanState.QUINTANA_ROO)));
    assertThat(directory.find("nobody"), is(Optional.empty()));
  }

  /**
   * A learner onboarded by the conversation (state and name in the session's profile, as the
   * session store writes them) reads back with that state's time zone and their name.
   */
  @Test
  void readsTheProfileTheConversationWrites() {
    Instant t = Instant.parse("2026-11-20T12:00:00Z");
    sessions.save(
        new Session(
            "rosa",
            t,
            t,
            9,
            false,
            Step.MENU,
            Optional.empty(),
            new Profile(
                Profile.Consent.GIVEN,
                Optional.of(t),
                Optional.of("Rosa"),
                Optional.of(MexicanState.BAJA_CALIFORNIA.code()),
                Optional.of(Profile.Goal.PRIMARIA),
                Optional.empty(),
                Optional.empty()),
            Study.NONE,
            Streak.NONE));
    LearnerFacts rosa = directory.find("rosa").orElseThrow();
    assertThat(rosa.state(), is(Optional.of(MexicanState.BAJA_CALIFORNIA)));
    assertThat(rosa.firstName(), is(Optional.of("Rosa")));
  }

  /**
   * The name is stored sealed, and one that cannot be opened (stored in clear before encryption)
   * reads as absent instead of failing the reminders of everyone.
   */
  @Test
  void nameIsSealedAndAnUnreadableOneIsLeftOut() {
    Instant t = Instant.parse("2026-11-20T12:00:00Z");
    sessions.save(
        new Session(
            "rosa",
            t,
            t,
            9,
            false,
            Step.MENU,
            Optional.empty(),
            new Profile(
                Profile.Consent.GIVEN,
                Optional.of(t),
                Optional.of("Rosa"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            Study.NONE,
            Streak.NONE));
    Document stored = database.getCollection("sessions").find(new Document("_id", "rosa")).first();
    assertThat(stored.toJson().contains("Rosa"), is(false));
    database
        .getCollection("sessions")
        .updateOne(
            new Document("_id", "rosa"),
            new Document("$set", new Document("profile.name", "Rosa")));
    assertThat(directory.find("rosa").orElseThrow().firstName(), is(Optional.empty()));
  }

  /** The nudge query returns learners silent in the window, never opted-out ones. */
  @Test
  void silentBetweenSkipsOptedOutAndOthers() {
    Instant first = Instant.parse("2026-11-13T12:00:00Z");
    Instant t = Instant.parse("2026-11-20T12:00:00Z");
    sessions.save(Session.first("ana", first).touched(t));
    sessions.save(Session.first("beto", t).touched(t).withOptedOut(true));
    sessions.save(Session.first("caro", t.plusSeconds(86_400)).touched(t.plusSeconds(86_400)));
    assertThat(
        directory.silentBetween(t, t.plusSeconds(3600)).stream()
            .map(LearnerFacts::learnerKey)
            .toList(),
        is(List.of("ana")));
  }
}
