package mx.aprende.ops.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChaosReportTest {

  private static ChaosReport report(Tally tally, long orderViolations, long allowed) {
    return new ChaosReport(
        Scenario.KILL,
        tally,
        Map.of("HTTP 503", 4L),
        4,
        orderViolations,
        0,
        List.of("kill -9 #1"),
        List.of(Duration.ofMillis(2_500)),
        Optional.empty(),
        allowed,
        Duration.ofSeconds(30),
        List.of());
  }

  private static Tally tally(long errors, long lost, long duplicates, long reprocessed) {
    return new Tally(
        100, 100 - errors, errors, 100 - errors - lost, lost, 120, duplicates, reprocessed, 0);
  }

  /** A clean run passes and its verdict line carries the figures. */
  @Test
  void cleanRunPasses() {
    ChaosReport report = report(tally(0, 0, 1, 0), 0, 1);

    assertThat(report.passed(), is(true));
    assertThat(
        report.format(),
        containsString(
            "PASS: kill — 100 sent, 100 acknowledged, 4 503s, 4 retried, 100 answered, 0 lost,"
                + " 1 duplicates, 0 order violations, recovery 2.5 s"));
  }

  /** Each broken guarantee alone fails the run. */
  @Test
  void eachBrokenGuaranteeFails() {
    assertThat(report(tally(1, 0, 0, 0), 0, 1).passed(), is(false));
    assertThat(report(tally(0, 1, 0, 0), 0, 1).passed(), is(false));
    assertThat(report(tally(0, 0, 0, 1), 0, 1).passed(), is(false));
    assertThat(report(tally(0, 0, 2, 0), 0, 1).passed(), is(false));
    assertThat(report(tally(0, 0, 0, 0), 1, 1).passed(), is(false));
    assertThat(report(tally(0, 0, 0, 0), 1, 1).format(), containsString("FAIL: kill"));
  }
}
