package mx.aprende.bot.testing;

import java.time.Duration;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/** Waits for asynchronous work (message processing happens after the webhook answers). */
public final class Eventually {

  private Eventually() {}

  /** Returns the first value that satisfies {@code done} within {@code timeout}, or fails. */
  public static <T> T await(
      Duration timeout, Supplier<T> value, java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T last = value.get();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionFailedError(
            "Condition not met within " + timeout + "; last value: " + last);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionFailedError("interrupted");
      }
      last = value.get();
    }
    return last;
  }
}
