package mx.aprende.bot.inbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mx.aprende.bot.inbox.mongo.MongoLeases;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A learner's lease is kept while this instance has that learner's messages queued. */
class HeldLeasesTest {

  private static final Duration TTL = Duration.ofSeconds(30);

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-28T15:00:00Z"));
  private final InstantSource clock = () -> now.get();
  private final AtomicInteger acquires = new AtomicInteger();
  private final AtomicInteger releases = new AtomicInteger();
  private Leases mine;
  private Leases peer;

  @BeforeEach
  void twoInstances() {
    var db = MongoTestSupport.freshDatabase();
    MongoLeases store = new MongoLeases(db, "me", clock);
    mine =
        new Leases() {
          @Override
          public boolean acquire(String key, Duration ttl) {
            acquires.incrementAndGet();
            return store.acquire(key, ttl);
          }

          @Override
          public boolean renew(String key, Duration ttl) {
            return store.renew(key, ttl);
          }

          @Override
          public void release(String key) {
            releases.incrementAndGet();
            store.release(key);
          }

          @Override
          public String owner() {
            return store.owner();
          }
        };
    peer = new MongoLeases(db, "peer", clock);
  }

  /** Five queued messages of one learner take the lease once and give it back once, at the end. */
  @Test
  void aBacklogTakesTheLeaseOnce() {
    HeldLeases held = new HeldLeases(mine, TTL, clock);
    for (int i = 0; i < 5; i++) {
      held.queued("L");
    }
    for (int i = 0; i < 5; i++) {
      assertThat(held.hold("L"), is(true));
      assertThat("a peer is kept out while work is queued", peer.acquire("L", TTL), is(false));
      held.finished("L");
    }
    assertThat(acquires.get(), is(1));
    assertThat(releases.get(), is(1));
    assertThat("free once the queue is empty", peer.acquire("L", TTL), is(true));
  }

  /** A message queued while the last one runs keeps the lease held for it. */
  @Test
  void aMessageArrivingMidwayExtendsTheSpell() {
    HeldLeases held = new HeldLeases(mine, TTL, clock);
    held.queued("L");
    assertThat(held.hold("L"), is(true));
    held.queued("L");
    held.finished("L");
    assertThat(releases.get(), is(0));
    assertThat(held.hold("L"), is(true));
    held.finished("L");
    assertThat(acquires.get(), is(1));
    assertThat(releases.get(), is(1));
    assertThat(held.size(), is(0));
  }

  /** A peer's live lease is respected; the message waits and the lease is not released. */
  @Test
  void aPeersLeaseIsRespected() {
    HeldLeases held = new HeldLeases(mine, TTL, clock);
    assertThat(peer.acquire("L", TTL), is(true));
    held.queued("L");
    assertThat(held.hold("L"), is(false));
    held.finished("L");
    assertThat(releases.get(), is(0));
    assertThat("still the peer's", mine.acquire("L", TTL), is(false));
  }

  /**
   * A lease held past half its time without renewal is taken again before the next message; one
   * lost to a peer after expiry is noticed at renewal and not used any more.
   */
  @Test
  void anAgeingOrLostLeaseIsAskedForAgain() {
    HeldLeases held = new HeldLeases(mine, TTL, clock);
    for (int i = 0; i < 3; i++) {
      held.queued("L");
    }
    assertThat(held.hold("L"), is(true));
    held.finished("L");
    now.set(now.get().plus(TTL.dividedBy(2)).plusSeconds(1));
    assertThat(held.hold("L"), is(true));
    assertThat(acquires.get(), is(2));
    held.finished("L");
    now.set(now.get().plus(TTL).plusSeconds(1));
    assertThat("expired: the peer may take it", peer.acquire("L", TTL), is(true));
    held.renewAll();
    assertThat(held.size(), is(0));
    assertThat(held.hold("L"), is(false));
  }
}
