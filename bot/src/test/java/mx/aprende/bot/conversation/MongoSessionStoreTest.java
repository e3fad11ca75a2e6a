package mx.aprende.bot.conversation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.policy.Placement;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoSessionStoreTest {

  private static final Instant T0 = Instant.parse("2026-11-28T15:00:00Z");

  /** A saved session reads back equal; saving again replaces it. */
  @Test
  void savesAndReplaces() {
    SessionStore store = new MongoSessionStore(MongoTestSupport.freshDatabase(), TestBots.cipher());
    Session first = Session.first("ana", T0).touched(T0);

    assertThat(store.find("ana"), is(Optional.empty()));
    store.save(first);
    assertThat(store.find("ana"), is(Optional.of(first)));
    Session second = first.touched(T0.plusSeconds(5));
    store.save(second);
    assertThat(store.find("ana"), is(Optional.of(second)));
    store.save(second.withOptedOut(true));
    assertThat(store.find("ana").orElseThrow().optedOut(), is(true));
  }

  /** Every field of a learner's journey survives the round trip (nothing lost by a restart). */
  @Test
  void wholeJourneyStateRoundTrips() {
    SessionStore store = new MongoSessionStore(MongoTestSupport.freshDatabase(), TestBots.cipher());
    Profile profile =
        new Profile(
            Profile.Consent.GIVEN,
            Optional.of(T0),
            Optional.of("Ana"),
            Optional.of("14"),
            Optional.of(Profile.Goal.PRIMARIA),
            Optional.of(new Profile.Coordinates(20.67, -103.35)),
            Optional.of(T0.plusSeconds(90)));
    Study study =
        new Study(
            Optional.of("matematicas-para-empezar"),
            Optional.empty(),
            0,
            Optional.of("mpe-contar-06"),
            List.of(2, 0, 1),
            2,
            1,
            true,
            Optional.of(T0.plusSeconds(30)),
            Optional.of(
                new Placement.State(Map.of("contar-objetos", 1, "x", -2), 3, Set.of("a", "b"))));
    Session session =
        new Session(
            "ana",
            T0,
            T0.plusSeconds(60),
            9,
            false,
            Step.STATE_CONFIRM,
            Optional.of("14"),
            profile,
            study,
            new Streak(3, Optional.of(LocalDate.of(2026, 11, 28))));
    store.save(session);
    assertThat(store.find("ana"), is(Optional.of(session)));
  }

  /** A document written before onboarding existed loads as a learner who has not consented. */
  @Test
  void oldDocumentsLoad() {
    var database = MongoTestSupport.freshDatabase();
    database
        .getCollection("sessions")
        .insertOne(
            new Document("_id", "old")
                .append("firstSeen", java.util.Date.from(T0))
                .append("lastSeen", java.util.Date.from(T0))
                .append("turns", 4L)
                .append("optedOut", false));
    Session old = new MongoSessionStore(database, TestBots.cipher()).find("old").orElseThrow();
    assertThat(old, is(new Session("old", T0, T0, 4, false)));
    assertThat(old.consented(), is(false));
  }

  /**
   * The replies saved with a turn's session come back for that message id only, every kind of reply
   * intact; at rest they are sealed (they may greet the learner by name); a plain save drops them.
   */
  @Test
  void lastTurnRepliesComeBackForTheirMessageOnly() {
    var database = MongoTestSupport.freshDatabase();
    SessionStore store = new MongoSessionStore(database, TestBots.cipher());
    Session session = Session.first("ana", T0).touched(T0);
    List<Reply> replies =
        List.of(
            new Reply.Text("¡Hola, Ana! 👋"),
            new Reply.Buttons(
                "¿Seguimos?", List.of(Reply.Option.of("yes", "Sí"), Reply.Option.of("no", "No"))),
            new Reply.Menu(
                "Elige un tema",
                "Ver temas",
                List.of(Reply.Option.of("m1", "Fracciones", "Partes de un entero"))),
            new Reply.Document("mpe-unidad-1", "Tu guía de estudio"));

    store.save(session, new SessionStore.AnsweredTurn("wamid.1", replies));

    assertThat(
        store.load("ana", "wamid.1"),
        is(new SessionStore.Loaded(Optional.of(session), Optional.of(replies))));
    assertThat(
        store.load("ana", "wamid.2"),
        is(new SessionStore.Loaded(Optional.of(session), Optional.empty())));
    assertThat(
        store.load("nadie", "wamid.1"),
        is(new SessionStore.Loaded(Optional.empty(), Optional.empty())));
    Document stored = database.getCollection("sessions").find().first();
    String sealed = stored.get("lastTurn", Document.class).getString("replies");
    assertThat(sealed.startsWith(TestBots.cipher().currentKeyId() + ":"), is(true));
    assertThat(stored.toJson().contains("Ana"), is(false));

    store.save(session.touched(T0.plusSeconds(5)));
    assertThat(store.load("ana", "wamid.1").answered(), is(Optional.empty()));
  }
}
