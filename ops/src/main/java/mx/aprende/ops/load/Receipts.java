package mx.aprende.ops.load;

import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import mx.aprende.bot.whatsapp.wire.DeliveryStatus;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;

/**
 * Delivery receipts, as Meta sends them: for every message the sink accepted, a signed {@code sent}
 * status webhook shortly after and a {@code delivered} one a little later, each to one of the bots
 * at random, retried for a while when not answered 200. They load the bot's receipt path (the
 * outbound log's status updates) alongside the learners' messages.
 */
final class Receipts implements AutoCloseable {

  static final Duration SENT_AFTER = Duration.ofMillis(100);
  static final Duration DELIVERED_AFTER = Duration.ofMillis(400);
  private static final int ATTEMPTS = 8;

  private final SignedWebhooks webhooks;
  private final WebhookPayloads payloads;
  private final InstantSource clock;
  private final ScheduledExecutorService timer =
      Executors.newScheduledThreadPool(1, Thread.ofVirtual().name("receipts").factory());
  private final LongAdder posted = new LongAdder();
  private final LongAdder acknowledged = new LongAdder();
  private final LongAdder failed = new LongAdder();

  Receipts(
      List<URI> webhooks, WebhookSigner signer, WebhookPayloads payloads, InstantSource clock) {
    this.webhooks = new SignedWebhooks(webhooks, signer);
    this.payloads = payloads;
    this.clock = clock;
  }

  /**
   * The sink accepted message {@code messageId} for {@code waId}: report it sent, then delivered.
   */
  void accepted(String waId, String messageId) {
    schedule(waId, messageId, DeliveryStatus.SENT, SENT_AFTER, 1);
    schedule(waId, messageId, DeliveryStatus.DELIVERED, DELIVERED_AFTER, 1);
  }

  private void schedule(
      String waId, String messageId, DeliveryStatus status, Duration after, int attempt) {
    timer.schedule(
        () -> Thread.ofVirtual().start(() -> post(waId, messageId, status, attempt)),
        after.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void post(String waId, String messageId, DeliveryStatus status, int attempt) {
    byte[] body = payloads.status(waId, messageId, status, clock.instant());
    posted.increment();
    int code;
    try {
      code = webhooks.post(body);
    } catch (RuntimeException e) {
      code = 0;
    }
    if (code == 200) {
      acknowledged.increment();
    } else if (attempt < ATTEMPTS) {
      schedule(
          waId, messageId, status, Duration.ofMillis(250L << Math.min(attempt, 4)), attempt + 1);
    } else {
      failed.increment();
    }
  }

  /** Status webhooks posted, retries included. */
  long posted() {
    return posted.sum();
  }

  /** Status webhooks answered 200. */
  long acknowledged() {
    return acknowledged.sum();
  }

  /** Receipts given up on after every attempt failed. */
  long failed() {
    return failed.sum();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
