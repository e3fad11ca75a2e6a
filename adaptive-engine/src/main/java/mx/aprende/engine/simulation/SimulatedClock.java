package mx.aprende.engine.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock the simulation moves forward by hand. Not thread-safe: one simulation at a time. */
public final class SimulatedClock implements InstantSource {

  private Instant now;

  /** A clock reading {@code start}. */
  public SimulatedClock(Instant start) {
    this.now = start;
  }

  @Override
  public Instant instant() {
    return now;
  }

  /** Moves the clock forward by {@code step}. */
  public void advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("time does not go back");
    }
    now = now.plus(step);
  }

  /** Sets the clock to {@code instant}. */
  public void reset(Instant instant) {
    now = instant;
  }
}
