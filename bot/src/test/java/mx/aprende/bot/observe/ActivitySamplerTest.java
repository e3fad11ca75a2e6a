package mx.aprende.bot.observe;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicBoolean;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.observe.mongo.MongoLearnerActivity;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

class ActivitySamplerTest {

  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

  /** Learners are counted per window from the sessions' last message time. */
  @Test
  void countsLearnersPerWindowFromSessions() {
    MongoDatabase database = MongoTestSupport.freshDatabase();
    MongoSessionStore sessions = new MongoSessionStore(database, TestBots.cipher());
    sessions.save(Session.first("a", NOW.minusSeconds(3_600)));
    sessions.save(Session.first("b", NOW.minusSeconds(3 * 86_400)));
    sessions.save(Session.first("c", NOW.minusSeconds(20 * 86_400)));
    sessions.save(Session.first("d", NOW.minusSeconds(90 * 86_400)));
    MeterRegistry registry = Metrics.globalRegistry();

    try (ActivitySampler sampler =
        ActivitySampler.start(
            new MongoLearnerActivity(database),
            () -> true,
            new BotMetrics(registry),
            InstantSource.fixed(NOW),
            java.time.Duration.ofHours(1))) {
      sampler.sample();
    }

    assertThat(gauge(registry, "aprende.learners.active", "window", "1d"), is(1.0));
    assertThat(gauge(registry, "aprende.learners.active", "window", "7d"), is(2.0));
    assertThat(gauge(registry, "aprende.learners.active", "window", "30d"), is(3.0));
    assertThat(gauge(registry, "aprende.mongodb.up"), is(1.0));
  }

  /** When MongoDB does not answer, the up gauge drops to 0 and no count is attempted. */
  @Test
  void mongoDownSetsUpToZero() {
    MeterRegistry registry = Metrics.globalRegistry();
    AtomicBoolean counted = new AtomicBoolean();
    BotMetrics metrics = new BotMetrics(registry);
    metrics.mongoUp(true);

    try (ActivitySampler sampler =
        ActivitySampler.start(
            since -> {
              counted.set(true);
              return 0;
            },
            () -> false,
            metrics,
            InstantSource.fixed(NOW),
            java.time.Duration.ofHours(1))) {
      counted.set(false);
      sampler.sample();
    }

    assertThat(gauge(registry, "aprende.mongodb.up"), is(0.0));
    assertThat(counted.get(), is(false));
  }

  private static double gauge(MeterRegistry registry, String name, String... tag) {
    return registry.meters().stream()
        .filter(meter -> meter.id().name().equals(name))
        .filter(meter -> tag.length == 0 || tag[1].equals(meter.id().tagsMap().get(tag[0])))
        .map(meter -> ((Gauge<?>) meter).value().doubleValue())
        .findFirst()
        .orElseThrow();
  }
}
