package mx.aprende.bot.inbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import mx.aprende.bot.inbox.mongo.MongoLeases;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoLeasesTest {

  private static final Duration TTL = Duration.ofSeconds(30);
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-28T15:00:00Z"));
  private Leases a;
  private Leases b;

  @BeforeEach
  void setUp() {
    MongoDatabase database = MongoTestSupport.freshDatabase();
    InstantSource clock = now::get;
    a = new MongoLeases(database, "instance-a", clock);
    b = new MongoLeases(database, "instance-b", clock);
  }

  /** A held lease keeps the other instance out; the holder may take it again. */
  @Test
  void oneOwnerAtATime() {
    assertThat(a.acquire("L1", TTL), is(true));
    assertThat(b.acquire("L1", TTL), is(false));
    assertThat(a.acquire("L1", TTL), is(true));
    assertThat(b.acquire("L2", TTL), is(true));
  }

  /** Released, the lease is free for the other instance at once. */
  @Test
  void releaseFreesIt() {
    a.acquire("L1", TTL);
    b.release("L1");
    assertThat(b.acquire("L1", TTL), is(false));
    a.release("L1");
    assertThat(b.acquire("L1", TTL), is(true));
  }

  /** A lease of a dead instance expires; renewal keeps a live one. */
  @Test
  void expiryAndRenewal() {
    a.acquire("L1", TTL);
    now.set(now.get().plusSeconds(20));
    assertThat(a.renew("L1", TTL), is(true));
    now.set(now.get().plusSeconds(20));
    assertThat(b.acquire("L1", TTL), is(false));
    now.set(now.get().plusSeconds(11));
    assertThat(b.acquire("L1", TTL), is(true));
    assertThat(a.renew("L1", TTL), is(false));
  }
}
