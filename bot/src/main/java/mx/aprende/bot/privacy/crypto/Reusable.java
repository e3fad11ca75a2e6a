package mx.aprende.bot.privacy.crypto;

import java.security.GeneralSecurityException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few reusable JCA engines ({@code Cipher}, {@code Mac}), which are not thread-safe and cost 5-20
 * µs to create (provider lookup) against about 1 µs to use. A thread-local would not help: messages
 * run on a fresh virtual thread each. At most {@code capacity} idle engines are kept.
 */
final class Reusable<T> {

  /** Creates one engine. */
  @FunctionalInterface
  interface Factory<T> {
    T create() throws GeneralSecurityException;
  }

  private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final Factory<T> factory;
  private final int capacity;

  Reusable(Factory<T> factory, int capacity) {
    this.factory = factory;
    this.capacity = capacity;
  }

  /** An idle engine, or a new one; the caller initialises it before use. */
  T take() throws GeneralSecurityException {
    T engine = idle.poll();
    if (engine == null) {
      return factory.create();
    }
    size.decrementAndGet();
    return engine;
  }

  /** Gives an engine back after a successful operation (a failed one is dropped). */
  void give(T engine) {
    if (size.incrementAndGet() <= capacity) {
      idle.offer(engine);
    } else {
      size.decrementAndGet();
    }
  }
}
