package mx.aprende.ops.load;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
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
 */
final class OpenLoopDriver implements AutoCloseable {

  private final WebClient client;
  private final WebhookSigner signer;
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
    this.maxInFlight = maxInFlight;
    this.inFlight = new Semaphore(maxInFlight);
    this.client =
        WebClient.builder()
            .baseUri(webhook)
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(30))
            .build();
    this.signer = signer;
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
    try (HttpClientResponse response =
        client
            .post()
            .header(HeaderNames.create(WebhookSigner.HEADER), signer.sign(body))
            .header(HeaderValues.CONTENT_TYPE_JSON)
            .submit(body)) {
      int status = response.status().code();
      response.entity().consume();
      if (turn.measured) {
        acknowledgement.recordNanos(nanos.getAsLong() - turn.intendedNanos);
      }
      ledger.acknowledged(turn, status);
      if (status == 200) {
        acknowledged.incrementAndGet();
      } else if (turn.measured) {
        errors.computeIfAbsent("HTTP " + status, k -> new LongAdder()).increment();
      }
    } catch (RuntimeException e) {
      fail(turn, e.getClass().getSimpleName());
    } finally {
      inFlight.release();
    }
  }

  private void fail(Ledger.Turn turn, String reason) {
    ledger.acknowledged(turn, 0);
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
