package mx.aprende.bot.observe;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the gauges that need a query current: active learners per window and whether MongoDB
 * answers. Sampling on a timer rather than on every scrape keeps the cost fixed however many
 * Prometheus servers scrape however many instances.
 */
public final class ActivitySampler implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ActivitySampler.class.getName());

  /** The windows of {@link BotMetrics#LEARNERS_ACTIVE}, by tag value. */
  public static final Map<String, Duration> WINDOWS = windows();

  private final LearnerActivity activity;
  private final BooleanSupplier mongoPing;
  private final BotMetrics metrics;
  private final InstantSource clock;
  private final ScheduledExecutorService timer;

  private ActivitySampler(
      LearnerActivity activity,
      BooleanSupplier mongoPing,
      BotMetrics metrics,
      InstantSource clock,
      ScheduledExecutorService timer) {
    this.activity = activity;
    this.mongoPing = mongoPing;
    this.metrics = metrics;
    this.clock = clock;
    this.timer = timer;
  }

  /** Samples now and then every {@code every} until closed. */
  public static ActivitySampler start(
      LearnerActivity activity,
      BooleanSupplier mongoPing,
      BotMetrics metrics,
      InstantSource clock,
      Duration every) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "aprende-activity-sampler");
              thread.setDaemon(true);
              return thread;
            });
    ActivitySampler sampler = new ActivitySampler(activity, mongoPing, metrics, clock, timer);
    timer.scheduleWithFixedDelay(sampler::sample, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    return sampler;
  }

  /** One sample of every gauge; a failing query leaves the learner gauges at their last value. */
  void sample() {
    boolean up = mongoPing.getAsBoolean();
    metrics.mongoUp(up);
    if (!up) {
      return;
    }
    try {
      WINDOWS.forEach(
          (tag, window) ->
              metrics.activeLearners(tag, activity.activeSince(clock.instant().minus(window))));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Counting active learners failed", e);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  private static Map<String, Duration> windows() {
    Map<String, Duration> windows = new LinkedHashMap<>();
    windows.put("1d", Duration.ofDays(1));
    windows.put("7d", Duration.ofDays(7));
    windows.put("30d", Duration.ofDays(30));
    return Collections.unmodifiableMap(windows);
  }
}
