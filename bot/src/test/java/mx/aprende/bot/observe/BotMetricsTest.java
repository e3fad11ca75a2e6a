package mx.aprende.bot.observe;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.helidon.metrics.api.Metrics;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import org.junit.jupiter.api.Test;

class BotMetricsTest {

  /**
   * Every series the catalogue promises (and dashboards and alert rules use) is in the real
   * Prometheus scrape of the internal port once each meter has been used.
   */
  @Test
  void everyDeclaredSeriesIsInTheScrape() {
    RunningBot bot = TestBots.start();
    try {
      BotMetrics metrics = new BotMetrics(Metrics.globalRegistry());
      useEveryMeter(metrics);

      String scrape =
          Http.get(
                  URI.create("http://127.0.0.1:" + bot.consolePort() + "/observe/metrics"),
                  "text/plain")
              .body();
      Set<String> series =
          Arrays.stream(scrape.split("\n"))
              .filter(line -> !line.startsWith("#") && !line.isBlank())
              .map(line -> line.split("[{ ]", 2)[0])
              .collect(Collectors.toSet());
      for (BotMetrics.Meter meter : BotMetrics.METERS) {
        for (String name : meter.prometheusSeries()) {
          assertThat(meter.name(), series, hasItem(name));
        }
      }
    } finally {
      bot.stop();
    }
  }

  /** Gauges carry the last value set, tagged, in the scrape. */
  @Test
  void gaugesShowTheLastValue() {
    RunningBot bot = TestBots.start();
    try {
      BotMetrics metrics = new BotMetrics(Metrics.globalRegistry());
      metrics.openFlags("urgent", 3);
      metrics.openFlags("urgent", 2);
      metrics.outboxBacklog(41);

      String scrape =
          Http.get(
                  URI.create("http://127.0.0.1:" + bot.consolePort() + "/observe/metrics"),
                  "text/plain")
              .body();
      assertThat(value(scrape, "aprende_flags_open", "severity=\"urgent\""), is(2.0));
      assertThat(value(scrape, "aprende_outbox_backlog", ""), is(41.0));
    } finally {
      bot.stop();
    }
  }

  /** The value of the first sample of {@code name} whose labels contain {@code label}. */
  private static double value(String scrape, String name, String label) {
    return Arrays.stream(scrape.split("\n"))
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> line.contains(label))
        .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " " + label + " not in the scrape"));
  }

  private static void useEveryMeter(BotMetrics metrics) {
    metrics.inbound("text", "accepted");
    metrics.receipt("delivered");
    metrics.ignored("unknown_field");
    metrics.webhook("accepted");
    metrics.outbound("text", "sent");
    metrics.webhookLatency(Duration.ofMillis(3));
    metrics.replyLatency(Duration.ofMillis(300));
    metrics.outboxBacklog(5);
    metrics.outboxOldest(Duration.ofSeconds(7));
    metrics.outboxRetry("throttled");
    metrics.outboxHalted(false);
    metrics.outboxAlert("auth");
    metrics.outboxResentAfterCrash();
    metrics.throttled("notice");
    metrics.windowClosed("template");
    metrics.llmCall(
        new BotMetrics.LlmCall("test-model", "ok", Duration.ofMillis(800), 120, 40, 0.0002));
    metrics.openFlags("urgent", 1);
    metrics.oldestOpenFlag("urgent", Duration.ofMinutes(2));
    metrics.activeLearners("1d", 9);
    metrics.mongoUp(true);
  }
}
