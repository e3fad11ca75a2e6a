package mx.aprende.bot.conversation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.Optional;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

class MongoSessionStoreTest {

  /** A saved session reads back equal; saving again replaces it. */
  @Test
  void savesAndReplaces() {
    SessionStore store = new MongoSessionStore(MongoTestSupport.freshDatabase());
    Instant t0 = Instant.parse("2026-11-28T15:00:00Z");
    Session first = Session.first("ana", t0).touched(t0);

    assertThat(store.find("ana"), is(Optional.empty()));
    store.save(first);
    assertThat(store.find("ana"), is(Optional.of(first)));
    Session second = first.touched(t0.plusSeconds(5));
    store.save(second);
    assertThat(store.find("ana"), is(Optional.of(second)));
    store.save(second.withOptedOut(true));
    assertThat(store.find("ana").orElseThrow().optedOut(), is(true));
  }
}
