package mx.aprende.bot.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Capped exponential back-off with "equal jitter": attempt {@code n} waits between half and all of
 * {@code min(cap, base * 2^(n-1))}. The jitter spreads retries of many learners that failed
 * together (a Graph outage) so they do not come back as one wave; the lower half keeps the wait
 * meaningful.
 *
 * @param base the first wait before jitter
 * @param cap the longest wait
 * @param maxAttempts the most attempts any failure gets, whatever the channel suggests
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {

  /** Rejects non-positive durations and attempt counts. */
  public Backoff {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("need 0 < base <= cap and maxAttempts >= 1");
    }
  }

  /** The wait after the {@code attempt}-th failed attempt (1-based). */
  public Duration delay(int attempt, RandomGenerator random) {
    long ceiling = ceiling(attempt).toNanos();
    long half = ceiling / 2;
    return Duration.ofNanos(half + random.nextLong(ceiling - half + 1));
  }

  /** The un-jittered wait after the {@code attempt}-th failure. */
  public Duration ceiling(int attempt) {
    int doublings = Math.max(0, Math.min(attempt - 1, 40));
    long nanos = base.toNanos();
    for (int i = 0; i < doublings && nanos < cap.toNanos(); i++) {
      nanos *= 2;
    }
    return Duration.ofNanos(Math.min(nanos, cap.toNanos()));
  }
}
