package mx.aprende.bot.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a learner's lease for as long as this instance has messages of that learner queued, so a
 * backlog costs one acquire and one release per learner instead of per message; another instance
 * waiting for the learner gets it as soon as the queue is empty.
 *
 * <p>Callers run one learner's messages one at a time (on its {@link LearnerLanes} lane) and call,
 * per message: {@link #queued} when it is dispatched, {@link #hold} before processing it and {@link
 * #finished} after it (whether or not it got the lease). {@link #renewAll} runs periodically, every
 * third of the lease's time or more often.
 */
public final class HeldLeases {

  private static final Logger LOG = Logger.getLogger(HeldLeases.class.getName());

  private final Leases leases;
  private final Duration ttl;
  private final InstantSource clock;

  /** Learners whose lease this instance holds, with when it runs out unless renewed. */
  private final ConcurrentHashMap<String, Instant> held = new ConcurrentHashMap<>();

  /** Messages dispatched and not finished, per learner. */
  private final ConcurrentHashMap<String, Integer> queued = new ConcurrentHashMap<>();

  public HeldLeases(Leases leases, Duration ttl, InstantSource clock) {
    this.leases = leases;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** A message of {@code learnerKey} was dispatched. */
  public void queued(String learnerKey) {
    queued.merge(learnerKey, 1, Integer::sum);
  }

  /**
   * Whether this instance holds the learner's lease with at least half of its time left, taking or
   * refreshing it when not. Never concurrent with {@link #finished} for the same learner (both run
   * on its lane).
   *
   * @return false when another instance holds it: try later
   * @throws RuntimeException when the lease store cannot be reached (the caller waits for it on the
   *     learner's lane, so later messages cannot overtake this one)
   */
  public boolean hold(String learnerKey) {
    Instant now = clock.instant();
    Instant until = held.get(learnerKey);
    if (until != null && until.isAfter(now.plus(ttl.dividedBy(2)))) {
      return true;
    }
    boolean acquired;
    try {
      acquired = leases.acquire(learnerKey, ttl);
    } catch (RuntimeException e) {
      held.remove(learnerKey);
      throw e;
    }
    if (acquired) {
      held.put(learnerKey, now.plus(ttl));
      return true;
    }
    held.remove(learnerKey);
    return false;
  }

  /** A message of {@code learnerKey} is done; the last one queued gives the lease back. */
  public void finished(String learnerKey) {
    if (queued.compute(learnerKey, (k, n) -> n == null || n <= 1 ? null : n - 1) != null) {
      return;
    }
    if (held.remove(learnerKey) == null) {
      return;
    }
    try {
      leases.release(learnerKey);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Lease not released; it will expire", e);
    }
  }

  /** Extends every lease held; one that was lost is forgotten, so the next message asks again. */
  public void renewAll() {
    for (String key : held.keySet()) {
      Instant until = clock.instant().plus(ttl);
      try {
        if (leases.renew(key, ttl)) {
          // Only if still held: the lane may have given it back meanwhile.
          held.computeIfPresent(key, (k, old) -> until);
        } else if (held.remove(key) != null) {
          LOG.warning("Lost a learner lease while processing; a peer may take over");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Lease renewal failed", e);
      }
    }
  }

  /** Learners whose lease is held now (tests, gauges). */
  public int size() {
    return held.size();
  }
}
