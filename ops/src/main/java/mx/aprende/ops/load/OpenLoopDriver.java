package mx.aprende.ops.load;

import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Sends webhooks on a fixed schedule, whatever the bot's speed (open loop): message {@code i} is
 * due at {@code start + i / rate}, and its latency counts from when it was due, not from when it
 * actually left, so a stalled bot shows as latency instead of as a slower generator (no coordinated
 * omission). Learners take turns in a fixed rotation, so each learner writes again only after every
 * other learner wrote once.
 *
 * <p>For the fault runs it can also behave like Meta does towards an endpoint that fails: retry a
 * webhook answered other than 200 (or not answered at all) with capped, jittered exponential
 * back-off, and spread webhooks over several bot instances at random, like a load balancer.
 */
final class OpenLoopDriver implements AutoCloseable {

  private final SignedWebhooks webhooks;
  private final Optional<Duration> retryFor;
  private final Learners learners;
  private final Ledger ledger;
  private final LatencyTrack acknowledgement;
  private final InstantSource clock;
  private final LongSupplier nanos;
  private final String runId;
  private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
  private final int maxInFlight;
  private final Semaphore inFlight;
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong acknowledged = new AtomicLong();
  private final Map<String, LongAdder> failedAttempts = new ConcurrentHashMap<>();
  private final LongAdder retried = new LongAdder();

  /** How a failed webhook is retried: the first pause, doubling up to the cap, with jitter. */
  static final Duration RETRY_FIRST = Duration.ofMillis(250);

  static final Duration RETRY_CAP = Duration.ofSeconds(4);

  OpenLoopDriver(
      URI webhook,
      WebhookSigner signer,
      Learners learners,
      Ledger ledger,
      LatencyTrack acknowledgement,
      InstantSource clock,
      LongSupplier nanos,
      String runId,
      int maxInFlight) {
    this(
        List.of(webhook),
        Optional.empty(),
        signer,
        learners,
        ledger,
        acknowledgement,
        clock,
        nanos,
        runId,
        maxInFlight);
  }

  /**
   * @param webhooks where to send; each attempt goes to one of them at random
   * @param retryFor when present, retry a webhook not answered 200 for up to this long
   */
  OpenLoopDriver(
      List<URI> webhooks,
      Optional<Duration> retryFor,
      WebhookSigner signer,
      Learners learners,
      Ledger ledger,
      LatencyTrack acknowledgement,
      InstantSource clock,
      LongSupplier nanos,
      String runId,
      int maxInFlight) {
    this.maxInFlight = maxInFlight;
    this.inFlight = new Semaphore(maxInFlight);
    this.webhooks = new SignedWebhooks(webhooks, signer);
    this.retryFor = retryFor;
    this.learners = learners;
    this.ledger = ledger;
    this.acknowledgement = acknowledgement;
    this.clock = clock;
    this.nanos = nanos;
    this.runId = runId;
  }

  /**
   * Sends at {@code rate} messages per second for {@code warmup} (not measured), then for {@code
   * duration} (measured), and returns once every sent webhook was answered or timed out.
   */
  void run(double rate, Duration warmup, Duration duration) throws InterruptedException {
    double period = 1e9 / rate;
    long start = nanos.getAsLong();
    long measureFrom = start + warmup.toNanos();
    long end = measureFrom + duration.toNanos();
    for (long i = 0; ; i++) {
      long due = start + (long) (i * period);
      if (due >= end) {
        break;
      }
      for (long wait = due - nanos.getAsLong(); wait > 0; wait = due - nanos.getAsLong()) {
        LockSupport.parkNanos(wait);
      }
      int learner = (int) (i % learners.count());
      String messageId = "wamid.LOAD" + runId + "." + i;
      byte[] body = learners.next(learner, messageId, clock.instant(), ledger.offered(learner));
      Ledger.Turn turn = ledger.open(learner, messageId, due, due >= measureFrom);
      sent.incrementAndGet();
      if (!inFlight.tryAcquire()) {
        // Meta, too, holds back when an endpoint stops answering; beyond the cap the message is
        // an error, never a silent gap in the schedule.
        fail(turn, "not sent: " + maxInFlight + " webhooks already unanswered");
        continue;
      }
      senders.execute(() -> send(turn, body));
    }
    inFlight.acquire(maxInFlight);
    inFlight.release(maxInFlight);
  }

  private void send(Ledger.Turn turn, byte[] body) {
    try {
      long giveUp = nanos.getAsLong() + retryFor.map(Duration::toNanos).orElse(0L);
      long pause = RETRY_FIRST.toNanos();
      while (true) {
        String failure = attempt(turn, body);
        if (failure.isEmpty()) {
          return;
        }
        failedAttempts.computeIfAbsent(failure, k -> new LongAdder()).increment();
        if (retryFor.isEmpty() || nanos.getAsLong() + pause > giveUp) {
          fail(turn, failure);
          return;
        }
        retried.increment();
        // Full jitter, so retries after an outage do not arrive all at once.
        Thread.sleep(Duration.ofNanos(pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2)));
        pause = Math.min(pause * 2, RETRY_CAP.toNanos());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(turn, "interrupted");
    } finally {
      inFlight.release();
    }
  }

  /** One POST; empty when answered 200, else why not ("HTTP 503", an exception's name). */
  private String attempt(Ledger.Turn turn, byte[] body) {
    try {
      int status = webhooks.post(body);
      if (status != 200) {
        return "HTTP " + status;
      }
      long now = nanos.getAsLong();
      if (turn.measured) {
        acknowledgement.recordNanos(now - turn.intendedNanos);
      }
      ledger.acknowledged(turn, status, now);
      acknowledged.incrementAndGet();
      return "";
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }

  private void fail(Ledger.Turn turn, String reason) {
    ledger.acknowledged(
        turn, reason.startsWith("HTTP ") ? Integer.parseInt(reason.substring(5)) : 0);
    if (turn.measured) {
      errors.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }
  }

  long sent() {
    return sent.get();
  }

  long acknowledged() {
    return acknowledged.get();
  }

  int inFlight() {
    return maxInFlight - inFlight.availablePermits();
  }

  /** Attempts not answered 200, by reason, retried or not, warm-up included. */
  Map<String, Long> failedAttempts() {
    Map<String, Long> copy = new java.util.TreeMap<>();
    failedAttempts.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }

  /** Webhooks sent again after a failed attempt. */
  long retried() {
    return retried.sum();
  }

  /** Measured failures by reason. */
  Map<String, Long> errors() {
    Map<String, Long> copy = new java.util.TreeMap<>();
    errors.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }

  @Override
  public void close() {
    senders.shutdown();
    try {
      senders.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
