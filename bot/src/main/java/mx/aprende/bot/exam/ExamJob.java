package mx.aprende.bot.exam;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.inbox.Leases;

/**
 * The exam job as every bot instance schedules it: each tick runs the work (reminders, no-shows,
 * result notices) only on the instance that holds the lease {@value #LEASE_KEY}, so with several
 * instances on one database each reminder and result notice goes out once.
 *
 * <p>The holder keeps the lease by taking it again at every tick (a lease already ours is extended)
 * and never gives it up, so the work does not hop between instances. When the holder dies, its
 * lease expires after {@code ttl} and the next instance to tick takes over: reminders and notices
 * are at most {@code ttl} late, never doubled. An instance that stops cleanly gives the lease back
 * ({@link #close()}), so another one takes over at its next tick.
 */
public final class ExamJob implements Runnable, AutoCloseable {

  /** The lease's key in the shared lease store: one per job name, never a learner key. */
  public static final String LEASE_KEY = "job:exam-notifier";

  /** Three ticks of the minute-long schedule: a missed tick or a slow run does not lose it. */
  public static final Duration TTL = Duration.ofMinutes(3);

  private static final Logger LOG = Logger.getLogger(ExamJob.class.getName());

  private final Runnable work;
  private final Leases leases;
  private final Duration ttl;

  /**
   * @param work one run of the job (must not throw; {@link ExamNotifier} logs its own failures)
   * @param leases the lease store shared by every instance
   * @param ttl how long a holder that stops ticking keeps the job from the others
   */
  public ExamJob(Runnable work, Leases leases, Duration ttl) {
    this.work = work;
    this.leases = leases;
    this.ttl = ttl;
  }

  @Override
  public void run() {
    boolean ours;
    try {
      ours = leases.acquire(LEASE_KEY, ttl);
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again: log and try at the next tick.
      LOG.log(Level.WARNING, "Exam job lease unavailable; trying at the next tick", e);
      return;
    }
    if (ours) {
      work.run();
    }
  }

  /** Gives the job back to the other instances (call once this instance no longer ticks). */
  @Override
  public void close() {
    try {
      leases.release(LEASE_KEY);
    } catch (RuntimeException e) {
      // The lease then simply expires after its TTL.
      LOG.log(Level.WARNING, "Exam job lease not released; it expires by itself", e);
    }
  }
}
