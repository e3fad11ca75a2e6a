package mx.aprende.bot.observe;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import org.junit.jupiter.api.Test;

class HealthEndpointsTest {

  /**
   * The paths the deployment files probe and scrape (Wiring's constants) answer 200 on the internal
   * port and are not served on the public one.
   */
  @Test
  void probeAndScrapePathsAnswerOnTheInternalPortOnly() {
    RunningBot bot = TestBots.start();
    try {
      URI console = URI.create("http://127.0.0.1:" + bot.consolePort());
      URI open = URI.create("http://127.0.0.1:" + bot.port());
      for (String path : new String[] {Wiring.READINESS_PATH, Wiring.LIVENESS_PATH}) {
        assertThat(path, Http.get(console.resolve(path)).statusCode(), is(200));
        assertThat(path, Http.get(open.resolve(path)).statusCode(), is(404));
      }
      assertThat(
          Http.get(console.resolve(Wiring.METRICS_PATH), "text/plain").statusCode(), is(200));
      assertThat(Http.get(open.resolve(Wiring.METRICS_PATH)).statusCode(), is(404));
      // What Prometheus sends: it must get the text format, not JSON.
      var scrape =
          Http.get(
              console.resolve(Wiring.METRICS_PATH),
              "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.4,*/*;q=0.1");
      assertThat(scrape.statusCode(), is(200));
      assertThat(scrape.body().contains("# TYPE aprende_mongodb_up gauge"), is(true));
    } finally {
      bot.stop();
    }
  }
}
