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

class ChaosOptionsTest {

  private static ChaosOptions parse(String... args) {
    return ChaosOptions.parse(List.of(args), Map.of(), Path.of("."));
  }

  /** Without options a scenario runs at the modest documented defaults. */
  @Test
  void defaultsAreModest() {
    ChaosOptions options = parse("mongo-outage");

    assertThat(options.scenario(), is(Scenario.MONGO_OUTAGE));
    assertThat(options.load().rate(), is(20.0));
    assertThat(options.load().learners(), is(200));
    assertThat(options.outage(), is(Duration.ofSeconds(30)));
    assertThat(options.instances(), is(1));
    assertThat(options.receipts(), is(false));
  }

  /** Chaos options and loadtest options mix on one command line. */
  @Test
  void chaosAndLoadOptionsMix() {
    ChaosOptions options =
        parse(
            "kill",
            "--kills",
            "2",
            "--rate",
            "5",
            "--every",
            "7s",
            "--receipts",
            "--bot-env",
            "LEASE_TTL_MS=3000");

    assertThat(options.scenario(), is(Scenario.KILL));
    assertThat(options.kills(), is(2));
    assertThat(options.load().rate(), is(5.0));
    assertThat(options.faultEvery(), is(Duration.ofSeconds(7)));
    assertThat(options.receipts(), is(true));
    assertThat(options.botEnv(), is(Map.of("LEASE_TTL_MS", "3000")));
  }

  /** The instances scenario runs three bots unless told otherwise. */
  @Test
  void instancesDefaultToThree() {
    assertThat(parse("instances").instances(), is(3));
    assertThat(parse("instances", "--instances", "2").instances(), is(2));
  }

  /** An unknown scenario, or a loadtest-only option, is a usage error. */
  @Test
  void unknownScenarioOrTargetIsRefused() {
    assertThrows(OpsException.class, () -> parse("flood"));
    assertThrows(OpsException.class, () -> parse("kill", "--target", "http://x"));
    assertThrows(OpsException.class, () -> parse("kill", "--bot-env", "NOEQUALS"));
  }
}
