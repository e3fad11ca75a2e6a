package mx.aprende.bot.observe;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The bot's domain metrics, exported on the internal port at {@code /observe/metrics} (Prometheus
 * text format when asked for {@code text/plain}, which is what Prometheus asks for).
 *
 * <p>Every meter is declared once in {@link #METERS}; dashboards, alert rules and their tests read
 * the names from there, so a meter renamed here fails the tests of the files that use it. Tags have
 * small, fixed value sets (never learner data). Counters and timers appear in the scrape once first
 * used; gauges from the start.
 *
 * <p>Features that own the data call the methods below: the outbox its backlog and retries, the
 * tutor its LLM calls, the consoles their open flags. {@link ActivitySampler} keeps the learner and
 * MongoDB gauges current.
 */
public final class BotMetrics {

  /** How a meter is exported. */
  public enum Kind {
    /** A monotonic count: exported as {@code <name>_total}. */
    COUNTER,
    /** A current value: exported as {@code <name>}. */
    GAUGE,
    /**
     * A latency: exported in seconds as a histogram ({@code _bucket}, {@code _count}, {@code _sum},
     * {@code _max}) plus p50/p95/p99 quantiles.
     */
    TIMER
  }

  /**
   * One declared meter.
   *
   * @param name the dotted name given to the registry ({@code aprende.outbox.backlog})
   * @param kind how it is exported
   * @param description what it counts, as shown in the scrape's {@code # HELP}
   * @param tags the tag keys it carries
   */
  public record Meter(String name, Kind kind, String description, List<String> tags) {

    public Meter {
      tags = List.copyOf(tags);
    }

    /** The Prometheus base name: dots become underscores; timers are in seconds. */
    public String prometheusName() {
      String base = name.replace('.', '_');
      return kind == Kind.TIMER ? base + "_seconds" : base;
    }

    /** Every series name this meter produces in the Prometheus scrape. */
    public List<String> prometheusSeries() {
      String base = prometheusName();
      return switch (kind) {
        case COUNTER -> List.of(base + "_total");
        case GAUGE -> List.of(base);
        case TIMER ->
            List.of(base, base + "_bucket", base + "_count", base + "_sum", base + "_max");
      };
    }
  }

  public static final Meter INBOUND =
      counter("aprende.inbound.messages", "Inbound messages by type and result", "type", "result");
  public static final Meter RECEIPTS =
      counter("aprende.receipts", "Delivery receipts by status", "status");
  public static final Meter WEBHOOK_IGNORED =
      counter("aprende.webhook.ignored", "Webhook parts ignored, by reason", "reason");
  public static final Meter WEBHOOK_REQUESTS =
      counter(
          "aprende.webhook.requests",
          "Webhook POSTs by result (accepted 200, malformed 400, bad_signature 401, too_large 413,"
              + " unavailable 503)",
          "result");
  public static final Meter OUTBOUND =
      counter(
          "aprende.outbound.messages",
          "Outbound messages by type and result (sent, retried, or the Graph error category)",
          "type",
          "result");
  public static final Meter WEBHOOK_LATENCY =
      timer("aprende.webhook.latency", "Time from a webhook POST arriving to its acknowledgement");
  public static final Meter REPLY_LATENCY =
      timer(
          "aprende.reply.latency",
          "End to end: time from a message being stored to the bot's replies being sent");
  public static final Meter OUTBOX_BACKLOG =
      gauge("aprende.outbox.backlog", "Outbound messages waiting to be sent");
  public static final Meter OUTBOX_OLDEST =
      gauge(
          "aprende.outbox.oldest.seconds",
          "Age in seconds of the oldest outbound message waiting to be sent (0 when none)");
  public static final Meter OUTBOX_HALTED =
      gauge("aprende.outbox.halted", "1 while every send is paused by a token or account error");
  public static final Meter OUTBOX_ALERTS =
      counter(
          "aprende.outbox.alerts", "Sender halts by reason (token or account errors)", "reason");
  public static final Meter OUTBOX_RESENT =
      counter(
          "aprende.outbox.resent.after.crash",
          "Messages sent again because a crash hid whether the first send arrived");
  public static final Meter INBOUND_THROTTLED =
      counter(
          "aprende.inbound.throttled",
          "Messages from flooding learners, by result (notice, silenced)",
          "result");
  public static final Meter OUTBOX_RETRIES =
      counter("aprende.outbox.retries", "Outbound send attempts retried, by reason", "reason");
  public static final Meter WINDOW_CLOSED =
      counter(
          "aprende.window.closed",
          "Messages that met a closed 24-hour customer-service window, by how they were handled"
              + " (template, deferred, dropped)",
          "handling");
  public static final Meter LLM_LATENCY =
      timer("aprende.llm.latency", "LLM call latency by model and outcome", "model", "outcome");
  public static final Meter LLM_TOKENS =
      counter(
          "aprende.llm.tokens", "LLM tokens by model and kind (input, output)", "model", "kind");
  public static final Meter LLM_COST =
      counter(
          "aprende.llm.cost.microdollars",
          "Estimated LLM cost in millionths of a US dollar, by model (counters count whole units)",
          "model");
  public static final Meter FLAGS_OPEN =
      gauge("aprende.flags.open", "Open conversation flags by severity", "severity");
  public static final Meter FLAGS_OLDEST =
      gauge(
          "aprende.flags.oldest.seconds",
          "Age in seconds of the oldest open flag, by severity (0 when none)",
          "severity");
  public static final Meter LEARNERS_ACTIVE =
      gauge(
          "aprende.learners.active",
          "Learners who wrote within the window (1d, 7d, 30d)",
          "window");
  public static final Meter MONGODB_UP =
      gauge("aprende.mongodb.up", "1 while MongoDB answered the last ping, else 0");

  /** Every meter the bot exports, in the order of the documentation ({@code docs/metrics.md}). */
  public static final List<Meter> METERS =
      List.of(
          INBOUND,
          RECEIPTS,
          WEBHOOK_IGNORED,
          WEBHOOK_REQUESTS,
          OUTBOUND,
          WEBHOOK_LATENCY,
          REPLY_LATENCY,
          OUTBOX_BACKLOG,
          OUTBOX_OLDEST,
          OUTBOX_HALTED,
          OUTBOX_ALERTS,
          OUTBOX_RESENT,
          INBOUND_THROTTLED,
          OUTBOX_RETRIES,
          WINDOW_CLOSED,
          LLM_LATENCY,
          LLM_TOKENS,
          LLM_COST,
          FLAGS_OPEN,
          FLAGS_OLDEST,
          LEARNERS_ACTIVE,
          MONGODB_UP);

  /**
   * One LLM call, as the tutor reports it.
   *
   * @param model the configured model name (a small fixed set, not free text)
   * @param outcome ok, error, timeout or refused
   * @param latency wall-clock time of the call
   * @param inputTokens prompt tokens reported by the provider (0 when unknown)
   * @param outputTokens completion tokens reported by the provider (0 when unknown)
   * @param estimatedCostUsd tokens times the configured prices
   */
  public record LlmCall(
      String model,
      String outcome,
      Duration latency,
      long inputTokens,
      long outputTokens,
      double estimatedCostUsd) {}

  private final MeterRegistry registry;
  private final Timer webhookLatency;
  private final Timer replyLatency;

  /**
   * Gauge state per meter and tags, for the whole JVM. Helidon's registries share their meters and
   * keep the first gauge registered under a name, so a second bot (tests) or a second {@code
   * BotMetrics} must move that same value.
   */
  private static final Map<List<String>, AtomicLong> GAUGES = new ConcurrentHashMap<>();

  public BotMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.webhookLatency = timer(WEBHOOK_LATENCY);
    this.replyLatency = timer(REPLY_LATENCY);
    // Untagged gauges exist from the start so dashboards and alerts see 0, not "no data".
    gaugeValue(OUTBOX_BACKLOG);
    gaugeValue(OUTBOX_OLDEST);
    gaugeValue(OUTBOX_HALTED);
    gaugeValue(MONGODB_UP);
  }

  /** An inbound message of {@code type} (text, button_reply, image...) and what became of it. */
  public void inbound(String type, String result) {
    counter(INBOUND, type, result).increment();
  }

  /** A delivery receipt from the channel. */
  public void receipt(String status) {
    counter(RECEIPTS, status).increment();
  }

  /** A part of a webhook we tolerated but did not use (unknown field, type, object...). */
  public void ignored(String reason) {
    counter(WEBHOOK_IGNORED, reason).increment();
  }

  /** A webhook request's outcome (accepted, bad_signature, malformed, too_large, unavailable). */
  public void webhook(String result) {
    counter(WEBHOOK_REQUESTS, result).increment();
  }

  /** An outbound message of {@code type} and its result (sent, or the error category). */
  public void outbound(String type, String result) {
    counter(OUTBOUND, type, result).increment();
  }

  /** How long a webhook POST took to acknowledge. */
  public void webhookLatency(Duration duration) {
    webhookLatency.record(duration);
  }

  /** How long from storing an inbound message to having sent its replies. */
  public void replyLatency(Duration duration) {
    replyLatency.record(duration);
  }

  /** The number of outbound messages waiting to be sent, as the outbox last counted it. */
  public void outboxBacklog(long messages) {
    gaugeValue(OUTBOX_BACKLOG).set(messages);
  }

  /** The age of the oldest outbound message waiting ({@link Duration#ZERO} when none). */
  public void outboxOldest(Duration age) {
    gaugeValue(OUTBOX_OLDEST).set(age.toSeconds());
  }

  /** Whether every send is paused by a token or account error. */
  public void outboxHalted(boolean halted) {
    gaugeValue(OUTBOX_HALTED).set(halted ? 1 : 0);
  }

  /** Sending stopped for everyone on a token or account error (alert on any increase). */
  public void outboxAlert(String reason) {
    counter(OUTBOX_ALERTS, reason).increment();
  }

  /**
   * A message found mid-send after a crash, sent again: the learner may get it twice (the one
   * duplicate the outbox allows per learner).
   */
  public void outboxResentAfterCrash() {
    counter(OUTBOX_RESENT).increment();
  }

  /** A flooding learner's message answered with silence (or the one notice). */
  public void throttled(String result) {
    counter(INBOUND_THROTTLED, result).increment();
  }

  /** A send attempt that will be retried ({@code reason}: throttled, transient, unavailable...). */
  public void outboxRetry(String reason) {
    counter(OUTBOX_RETRIES, reason).increment();
  }

  /** A message that met a closed 24-hour window ({@code handling}: template, deferred, dropped). */
  public void windowClosed(String handling) {
    counter(WINDOW_CLOSED, handling).increment();
  }

  /**
   * Language-model tokens the tutor used with {@code model} (prompt and completion together, kind
   * {@code total}, when the provider reports no split).
   */
  public void tutorTokens(String model, long count) {
    counter(LLM_TOKENS, model, "total").increment(count);
  }

  /**
   * One tutor reply with a model configured and its latency; {@code outcome}: model, cached,
   * fallback, timeout, budget, guarded, off_topic, authored.
   */
  public void tutorReply(String model, String outcome, Duration latency) {
    timer(LLM_LATENCY, model, outcome).record(latency);
  }

  /** One LLM call: latency, tokens and estimated cost. */
  public void llmCall(LlmCall call) {
    timer(LLM_LATENCY, call.model(), call.outcome()).record(call.latency());
    counter(LLM_TOKENS, call.model(), "input").increment(call.inputTokens());
    counter(LLM_TOKENS, call.model(), "output").increment(call.outputTokens());
    counter(LLM_COST, call.model()).increment(Math.round(call.estimatedCostUsd() * 1_000_000));
  }

  /** The number of open flags of {@code severity} (low, normal, urgent), as last counted. */
  public void openFlags(String severity, long count) {
    gaugeValue(FLAGS_OPEN, severity).set(count);
  }

  /** The age of the oldest open flag of {@code severity} ({@link Duration#ZERO} when none). */
  public void oldestOpenFlag(String severity, Duration age) {
    gaugeValue(FLAGS_OLDEST, severity).set(age.toSeconds());
  }

  /** Learners who wrote within {@code window} (1d, 7d, 30d), as last counted. */
  public void activeLearners(String window, long learners) {
    gaugeValue(LEARNERS_ACTIVE, window).set(learners);
  }

  /** Whether MongoDB answered the last ping. */
  public void mongoUp(boolean up) {
    gaugeValue(MONGODB_UP).set(up ? 1 : 0);
  }

  private static Meter counter(String name, String description, String... tags) {
    return new Meter(name, Kind.COUNTER, description, List.of(tags));
  }

  private static Meter gauge(String name, String description, String... tags) {
    return new Meter(name, Kind.GAUGE, description, List.of(tags));
  }

  private static Meter timer(String name, String description, String... tags) {
    return new Meter(name, Kind.TIMER, description, List.of(tags));
  }

  private static List<Tag> tags(Meter meter, String... values) {
    if (values.length != meter.tags().size()) {
      throw new IllegalArgumentException(
          meter.name() + " takes tags " + meter.tags() + ", got " + values.length + " values");
    }
    List<Tag> tags = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      tags.add(Tag.create(meter.tags().get(i), values[i]));
    }
    return tags;
  }

  private Counter counter(Meter meter, String... tagValues) {
    return registry.getOrCreate(
        Counter.builder(meter.name())
            .description(meter.description())
            .tags(tags(meter, tagValues)));
  }

  private Timer timer(Meter meter, String... tagValues) {
    return registry.getOrCreate(
        Timer.builder(meter.name())
            .description(meter.description())
            .tags(tags(meter, tagValues))
            .percentiles(0.5, 0.95, 0.99)
            .publishPercentileHistogram(true));
  }

  private AtomicLong gaugeValue(Meter meter, String... tagValues) {
    List<String> key = Stream.concat(Stream.of(meter.name()), Stream.of(tagValues)).toList();
    return GAUGES.computeIfAbsent(
        key,
        k -> {
          // The registry may hold the state weakly: the map keeps it alive.
          AtomicLong value = new AtomicLong();
          registry.getOrCreate(
              Gauge.builder(meter.name(), value, AtomicLong::doubleValue)
                  .description(meter.description())
                  .tags(tags(meter, tagValues)));
          return value;
        });
  }
}
