package mx.aprende.bot.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock tests move by hand: time passes only when {@link #advance} says so. */
public final class FakeClock implements InstantSource {

  private Instant now;

  public FakeClock(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  /** Moves the clock forward by {@code by}. */
  public synchronized void advance(Duration by) {
    now = now.plus(by);
  }
}
