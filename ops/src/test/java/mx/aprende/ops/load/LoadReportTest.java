package mx.aprende.ops.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadReportTest {

  private static final LatencySummary FAST =
      new LatencySummary(60_000, 2_000, 8_000, 20_000, 40_000);
  private static final LatencySummary E2E =
      new LatencySummary(60_000, 30_000, 90_000, 200_000, 300_000);
  private static final HeapReading HEAP =
      new HeapReading(300L << 20, 80L << 20, 400L << 20, 10, 50, 9);

  /** Throughput is acknowledged messages over the measured window. */
  @Test
  void throughputIsAcknowledgedPerSecond() {
    assertThat(report(tally(60_000, 0, 0), FAST, E2E).throughput(), is(1000.0));
  }

  /** A run inside every bar passes. */
  @Test
  void runInsideEveryBarPasses() {
    assertThat(report(tally(60_000, 0, 0), FAST, E2E).passed(), is(true));
  }

  /** One lost reply fails the run even when every latency is fine. */
  @Test
  void oneLostReplyFails() {
    assertThat(report(tally(60_000, 1, 0), FAST, E2E).passed(), is(false));
  }

  /** An e2e p99 just over 250 ms fails; the ack bar is checked separately. */
  @Test
  void e2eOverTheBarFails() {
    LatencySummary slow = new LatencySummary(60_000, 30_000, 90_000, 250_001, 300_000);

    assertThat(report(tally(60_000, 0, 0), FAST, slow).passed(), is(false));
  }

  /** CPU per message and the capacity it implies on idle cores. */
  @Test
  void cpuPerMessage() {
    LoadReport.CpuUse cpu = new LoadReport.CpuUse(Duration.ofSeconds(10), 5_000);

    assertThat(cpu.millisPerMessage(), closeTo(2.0, 1e-9));
    assertThat(cpu.capacity(2), closeTo(1000.0, 1e-6));
  }

  private static Tally tally(long acknowledged, long lost, long duplicates) {
    return new Tally(
        acknowledged,
        acknowledged,
        0,
        acknowledged - lost,
        lost,
        acknowledged * 2,
        duplicates,
        0,
        0);
  }

  private static LoadReport report(Tally tally, LatencySummary ack, LatencySummary e2e) {
    return new LoadReport(
        "bot",
        50_000,
        1000,
        Duration.ofSeconds(60),
        tally,
        Map.of(),
        ack,
        e2e,
        HEAP,
        true,
        Optional.empty());
  }
}
