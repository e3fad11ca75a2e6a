package mx.aprende.bot.outbox;

import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out outbox sequence numbers: microseconds of the clock, but strictly increasing within the
 * process, so two turns of one learner in the same microsecond still keep their order. Across
 * instances the order follows the clocks, which is enough because leases serialise a learner's
 * turns (clock skew between instances is far below the time a turn takes).
 */
public final class Sequencer {

  private final InstantSource clock;
  private final AtomicLong last = new AtomicLong();

  public Sequencer(InstantSource clock) {
    this.clock = clock;
  }

  /** The next number, larger than every number handed out before by this sequencer. */
  public long next() {
    long micros = Math.multiplyExact(clock.millis(), 1000L);
    return last.updateAndGet(previous -> Math.max(previous + 1, micros));
  }
}
