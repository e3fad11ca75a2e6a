package mx.aprende.bot.console.access;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import mx.aprende.bot.console.mongo.MongoStaffSessionStore;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

/** Sessions: only the token's hash is stored; idle and absolute timeouts end them. */
class StaffSessionsTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-03-01T08:00:00Z"));
  private final MongoStaffSessionStore store =
      new MongoStaffSessionStore(MongoTestSupport.freshDatabase());
  private final StaffSessions sessions = new StaffSessions(store, now::get);

  /** The cookie value is not what is stored; the session has its own CSRF token. */
  @Test
  void storesOnlyTheHash() {
    StaffSessions.Active active = sessions.open("ana");
    assertThat(store.find(active.token()).isPresent(), is(false));
    assertThat(sessions.find(active.token()).orElseThrow().username(), is("ana"));
    assertThat(active.csrfToken().equals(active.token()), is(false));
    assertThat(StaffSessions.sameToken(active.csrfToken(), active.csrfToken() + "x"), is(false));
  }

  /** Used every hour the session lasts 12 hours; two idle hours end it sooner; logout ends it. */
  @Test
  void expires() {
    StaffSessions.Active busy = sessions.open("ana");
    for (int hour = 1; hour < 12; hour++) {
      now.set(now.get().plus(Duration.ofHours(1)));
      assertThat(sessions.find(busy.token()).isPresent(), is(true));
    }
    now.set(now.get().plus(Duration.ofHours(1)).plusSeconds(1));
    assertThat(sessions.find(busy.token()).isPresent(), is(false));

    StaffSessions.Active idle = sessions.open("luis");
    now.set(now.get().plus(Duration.ofHours(2)).plusSeconds(1));
    assertThat(sessions.sweep(), is(1L));
    assertThat(sessions.find(idle.token()).isPresent(), is(false));

    StaffSessions.Active out = sessions.open("rosa");
    sessions.close(out.token());
    assertThat(sessions.find(out.token()).isPresent(), is(false));
  }
}
