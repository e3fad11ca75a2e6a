package mx.aprende.bot.inbox;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks one learner at a time, in submission order, and different learners in parallel on
 * virtual threads, at most {@link #MAX_RUNNING} at once. One learner's messages never race each
 * other; a slow learner never blocks the others.
 *
 * <p>Written here rather than taken from a library: it is a map of per-key future chains, a dozen
 * lines, and we need the key-level draining on shutdown.
 */
public final class LearnerLanes implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LearnerLanes.class.getName());

  /**
   * Learners processed at the same time, by default. Beyond a few dozen, more parallel turns only
   * queue for MongoDB connections and crowd out the webhook's inbox writes, so acknowledgements
   * slow down with the backlog; a bound keeps them fast while the backlog waits here, in order.
   */
  public static final int MAX_RUNNING = 32;

  private final ExecutorService executor;
  private final Semaphore running;
  private final ConcurrentHashMap<String, CompletableFuture<Void>> tails =
      new ConcurrentHashMap<>();

  /** Lanes running at most {@link #MAX_RUNNING} learners at once. */
  public LearnerLanes(ExecutorService executor) {
    this(executor, MAX_RUNNING);
  }

  public LearnerLanes(ExecutorService executor, int maxRunning) {
    this.executor = executor;
    // Fair: learners get their turn in the order their work became ready.
    this.running = new Semaphore(maxRunning, true);
  }

  /** Runs {@code task} after every task already submitted for {@code learnerKey}. */
  public CompletableFuture<Void> submit(String learnerKey, Runnable task) {
    CompletableFuture<Void>[] created = new CompletableFuture[1];
    tails.compute(
        learnerKey,
        (key, tail) -> {
          CompletableFuture<Void> previous =
              tail == null ? CompletableFuture.completedFuture(null) : tail;
          created[0] =
              previous.handle((ignored, error) -> null).thenRunAsync(() -> run(task), executor);
          return created[0];
        });
    CompletableFuture<Void> mine = created[0];
    // Forget the lane once it is idle, so the map holds only learners with work in flight.
    mine.whenComplete((ignored, error) -> tails.remove(learnerKey, mine));
    return mine;
  }

  /** Learners with work queued or running. */
  public int busyLanes() {
    return tails.size();
  }

  private void run(Runnable task) {
    running.acquireUninterruptibly();
    try {
      task.run();
    } catch (RuntimeException e) {
      // The task logs its own failures with context; this is the last line of defence.
      LOG.log(Level.WARNING, "Unhandled failure in a learner lane", e);
    } finally {
      running.release();
    }
  }

  /** Stops accepting work and waits up to {@code seconds} for running work to finish. */
  public boolean drain(long seconds) throws InterruptedException {
    executor.shutdown();
    return executor.awaitTermination(seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
