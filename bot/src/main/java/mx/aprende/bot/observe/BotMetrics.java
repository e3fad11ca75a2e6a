package mx.aprende.bot.observe;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import java.time.Duration;
import java.util.List;

/**
 * The bot's domain metrics, exported at {@code /observe/metrics} (Prometheus format on request).
 * Names follow Prometheus conventions; tags have small, fixed value sets (never learner data).
 */
public final class BotMetrics {

  private final MeterRegistry registry;
  private final Timer webhookLatency;
  private final Timer replyLatency;

  public BotMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.webhookLatency =
        registry.getOrCreate(
            Timer.builder("aprende.webhook.latency")
                .description("Time from a webhook POST arriving to its acknowledgement")
                .percentiles(0.5, 0.95, 0.99)
                .publishPercentileHistogram(true));
    this.replyLatency =
        registry.getOrCreate(
            Timer.builder("aprende.reply.latency")
                .description("Time from a message being stored to the bot's replies being sent")
                .percentiles(0.5, 0.95, 0.99)
                .publishPercentileHistogram(true));
  }

  /** An inbound message of {@code type} (text, button_reply, image...) and what became of it. */
  public void inbound(String type, String result) {
    counter(
            "aprende.inbound.messages",
            "Inbound messages by type and result",
            "type",
            type,
            "result",
            result)
        .increment();
  }

  /** A delivery receipt from the channel. */
  public void receipt(String status) {
    counter("aprende.receipts", "Delivery receipts by status", "status", status).increment();
  }

  /** A part of a webhook we tolerated but did not use (unknown field, type, object...). */
  public void ignored(String reason) {
    counter("aprende.webhook.ignored", "Webhook parts ignored, by reason", "reason", reason)
        .increment();
  }

  /** A webhook request's outcome (accepted, bad_signature, malformed, too_large, unavailable). */
  public void webhook(String result) {
    counter("aprende.webhook.requests", "Webhook POSTs by result", "result", result).increment();
  }

  /** An outbound message of {@code type} and its result (sent, or the error category). */
  public void outbound(String type, String result) {
    counter(
            "aprende.outbound.messages",
            "Outbound messages by type and result",
            "type",
            type,
            "result",
            result)
        .increment();
  }

  /** Language-model tokens used (prompt and completion) with {@code provider}. */
  public void tutorTokens(String provider, long count) {
    counter("aprende.tutor.tokens", "Language-model tokens used, by provider", "provider", provider)
        .increment(count);
  }

  /**
   * One tutor reply and its latency; {@code outcome}: model, cached, fallback, timeout, budget,
   * guarded, off_topic, authored.
   */
  public void tutorReply(String outcome, Duration latency) {
    registry
        .getOrCreate(
            Timer.builder("aprende.tutor.latency")
                .description("Time to a tutor reply, by outcome")
                .tags(List.of(Tag.create("outcome", outcome)))
                .percentiles(0.5, 0.95, 0.99))
        .record(latency);
  }

  public void webhookLatency(Duration duration) {
    webhookLatency.record(duration);
  }

  public void replyLatency(Duration duration) {
    replyLatency.record(duration);
  }

  private Counter counter(String name, String description, String... tags) {
    Tag[] pairs = new Tag[tags.length / 2];
    for (int i = 0; i < tags.length; i += 2) {
      pairs[i / 2] = Tag.create(tags[i], tags[i + 1]);
    }
    return registry.getOrCreate(
        Counter.builder(name).description(description).tags(List.of(pairs)));
  }
}
