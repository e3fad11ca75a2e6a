package mx.aprende.bot.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import mx.aprende.bot.observe.BotMetrics;

/**
 * Sends what is in the {@link Outbox} through an {@link OutboundChannel}, on a few virtual-thread
 * workers, in the order and at the pace {@link OutboxSchedule} decides, writing every step back to
 * the outbox.
 *
 * <p>A send is recorded as started before the channel is called and as sent right after; an item
 * found "started" at start-up is sent again and counted ({@link BotMetrics#outboxResentAfterCrash})
 * — since a learner has at most one send in flight, a crash repeats at most one message per
 * learner.
 */
public final class OutboxSender implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final Duration IDLE_WAIT = Duration.ofSeconds(1);
  private static final int RESUME_BATCH = 100_000;

  /**
   * How the sender paces and retries.
   *
   * @param ratePerSecond sends per second for the whole business number
   * @param workers concurrent sends (virtual threads)
   * @param backoff retry waits
   */
  public record Settings(int ratePerSecond, int workers, Backoff backoff) {}

  private final Outbox outbox;
  private final OutboundChannel channel;
  private final BotMetrics metrics;
  private final InstantSource clock;
  private final OutboxSchedule schedule;
  private final int workers;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean closed;

  public OutboxSender(
      Outbox outbox,
      OutboundChannel channel,
      Settings settings,
      BotMetrics metrics,
      InstantSource clock,
      RandomGenerator random) {
    this.outbox = outbox;
    this.channel = channel;
    this.metrics = metrics;
    this.clock = clock;
    this.schedule = new OutboxSchedule(settings.ratePerSecond(), settings.backoff(), random);
    this.workers = settings.workers();
  }

  /** Loads what a previous run left unsent and starts the workers. */
  public OutboxSender start() {
    int resumed = resumeUnsent();
    if (resumed > 0) {
      LOG.info("Resuming " + resumed + " outbound messages left unsent at the last stop");
    }
    for (int i = 0; i < workers; i++) {
      threads.add(Thread.ofVirtual().name("outbox-sender-" + i).start(this::work));
    }
    return this;
  }

  /** Hands freshly enqueued items to the workers (they are already durable in the outbox). */
  public void offer(List<OutboxItem> items) {
    Instant now = clock.instant();
    lock.lock();
    try {
      items.forEach(item -> schedule.add(item, 0, now));
      publishGauges();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Re-reads unsent items from the outbox (start-up; items of a crashed peer). */
  public int resumeUnsent() {
    List<Outbox.Stored> unsent = outbox.unsent(RESUME_BATCH);
    Instant now = clock.instant();
    int added = 0;
    lock.lock();
    try {
      for (Outbox.Stored stored : unsent) {
        if (schedule.add(stored.item(), stored.attempts(), now)) {
          added++;
          if (stored.state() == OutboxState.SENDING) {
            metrics.outboxResentAfterCrash();
          }
        }
      }
      publishGauges();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    return added;
  }

  /** Whether sending is paused by a token or account error. */
  public boolean halted() {
    lock.lock();
    try {
      return schedule.halted().isPresent();
    } finally {
      lock.unlock();
    }
  }

  /** Items waiting or being sent. */
  public int backlog() {
    lock.lock();
    try {
      return schedule.size();
    } finally {
      lock.unlock();
    }
  }

  /** Called with the lock held, whenever the schedule changed. */
  private void publishGauges() {
    metrics.outboxBacklog(schedule.size());
    metrics.outboxHalted(schedule.halted().isPresent());
  }

  private void work() {
    while (!closed) {
      OutboxSchedule.Entry entry;
      try {
        entry = next();
      } catch (InterruptedException e) {
        return;
      }
      if (entry == null) {
        return;
      }
      attempt(entry);
    }
  }

  private OutboxSchedule.Entry next() throws InterruptedException {
    lock.lock();
    try {
      while (!closed) {
        Instant now = clock.instant();
        switch (schedule.take(now)) {
          case OutboxSchedule.Poll.Take take -> {
            return take.entry();
          }
          case OutboxSchedule.Poll.Wait wait -> {
            Duration pause =
                wait.until().map(until -> Duration.between(now, until)).orElse(IDLE_WAIT);
            changed.awaitNanos(Math.max(1, Math.min(pause.toNanos(), IDLE_WAIT.toNanos())));
          }
        }
      }
      return null;
    } finally {
      lock.unlock();
    }
  }

  private void attempt(OutboxSchedule.Entry entry) {
    OutboxItem item = entry.item();
    SendOutcome outcome;
    try {
      outbox.sending(item.id(), clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox unavailable before a send; will retry", e);
      decide(entry, new SendOutcome.Retry("storage_unavailable", false, Integer.MAX_VALUE));
      return;
    }
    try {
      outcome = channel.send(item);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Channel failed unexpectedly on outbox item " + item.id(), e);
      outcome = new SendOutcome.Retry("channel_error", false, 3);
    }
    decide(entry, outcome);
  }

  private void decide(OutboxSchedule.Entry entry, SendOutcome outcome) {
    Instant now = clock.instant();
    OutboxSchedule.Decision decision;
    boolean itemComesBack;
    lock.lock();
    try {
      decision = schedule.complete(entry, outcome, now);
      // A retried item is back in the schedule: its "pending" must be written before another
      // worker can take it, or a slow write landing after the retry's "sent" would leave a
      // delivered message pending, to be sent again at the next start. Only failures pay this.
      itemComesBack =
          decision instanceof OutboxSchedule.Decision.Retrying
              || decision instanceof OutboxSchedule.Decision.Halted;
      if (itemComesBack) {
        recordSafely(decision, now);
      }
      publishGauges();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    if (!itemComesBack) {
      recordSafely(decision, now);
    }
  }

  private void recordSafely(OutboxSchedule.Decision decision, Instant now) {
    try {
      record(decision, now);
    } catch (RuntimeException e) {
      // The item stays "sending" or "pending" in the store: a restart sends it again (counted).
      LOG.log(Level.WARNING, "Could not record an outbox decision", e);
    }
  }

  private void record(OutboxSchedule.Decision decision, Instant now) {
    switch (decision) {
      case OutboxSchedule.Decision.Sent sent -> {
        outbox.sent(sent.entry().item().id(), sent.channelMessageId(), now);
        metrics.outbound(sent.entry().item().type(), "sent");
      }
      case OutboxSchedule.Decision.Retrying retrying -> {
        outbox.retryLater(
            retrying.entry().item().id(),
            retrying.attempts(),
            retrying.notBefore(),
            retrying.reason());
        metrics.outbound(retrying.entry().item().type(), "retried");
      }
      case OutboxSchedule.Decision.Finished finished -> {
        for (OutboxItem item : finished.items()) {
          outbox.finish(item, finished.state(), finished.reason(), now);
          metrics.outbound(item.type(), finished.state().name().toLowerCase(Locale.ROOT));
        }
        if (finished.state() == OutboxState.PARKED) {
          LOG.warning("Outbox item parked: " + finished.reason());
        }
      }
      case OutboxSchedule.Decision.Halted halted -> {
        outbox.retryLater(
            halted.entry().item().id(), halted.entry().attempts(), now, halted.reason());
        metrics.outboxAlert(halted.reason());
        LOG.severe(
            "ALERT: all outbound sending halted ("
                + halted.reason()
                + "). Fix the WhatsApp token or account, then restart the bot (the token is read at start-up).");
      }
    }
  }

  /** Stops the workers; unsent items stay in the outbox for the next start. */
  @Override
  public void close() {
    closed = true;
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    for (Thread thread : threads) {
      try {
        // A send in flight ends within the client's timeout; its result must be recorded before a
        // new sender on the same outbox starts, or it could overwrite a newer state.
        thread.join(TimeUnit.SECONDS.toMillis(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
