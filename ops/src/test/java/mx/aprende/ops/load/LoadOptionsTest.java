package mx.aprende.ops.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mx.aprende.ops.OpsException;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {

  /** The issue's command line reads as written. */
  @Test
  void readsTheIssueCommandLine() {
    LoadOptions options =
        LoadOptions.parse(
            List.of(
                "--learners",
                "50000",
                "--rate",
                "1000",
                "--duration",
                "60s",
                "--warmup",
                "10s",
                "--bare"),
            Map.of(),
            Path.of("."));

    assertThat(options.learners(), is(50_000));
    assertThat(options.rate(), is(1000.0));
    assertThat(options.duration(), is(Duration.ofSeconds(60)));
    assertThat(options.warmup(), is(Duration.ofSeconds(10)));
    assertThat(options.bare(), is(true));
  }

  /** Durations accept ms, s, m and plain seconds. */
  @Test
  void durations() {
    assertThat(LoadOptions.duration("x", "500ms"), is(Duration.ofMillis(500)));
    assertThat(LoadOptions.duration("x", "2m"), is(Duration.ofMinutes(2)));
    assertThat(LoadOptions.duration("x", "7"), is(Duration.ofSeconds(7)));
  }

  /** An external target without its secret and sink port is refused with the reason. */
  @Test
  void externalTargetNeedsSecretAndSinkPort() {
    assertThrows(
        OpsException.class,
        () ->
            LoadOptions.parse(
                List.of("--target", "http://127.0.0.1:8080/webhook"), Map.of(), Path.of(".")));
  }
}
