package mx.aprende.ops.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mx.aprende.bot.whatsapp.wire.HostileBodies;
import org.junit.jupiter.api.Test;

/**
 * The fuzz run of {@code ./tutor fuzz} over HTTP to a bot in this JVM, then a normal message. The
 * build sends 2,100 bodies (every kind, five around the 3 MiB limit) to stay within seconds; the
 * bot's {@code HostilePayloadsTest} runs all 10,500 through the webhook in-process, and the full
 * run's figures are in docs/reliability.md.
 */
class FuzzRunTest {

  private static final int CASES = 2_100;

  /** Every body gets its expected 4xx or a 200, none a 5xx; the bot still answers afterwards. */
  @Test
  void hostileCorpusOverHttp() throws InterruptedException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    FuzzReport report =
        new FuzzRun(
                CASES,
                20261128L,
                true,
                Path.of("..").toAbsolutePath().normalize(),
                "512m",
                new PrintStream(printed, true, StandardCharsets.UTF_8))
            .run();
    String output = printed.toString(StandardCharsets.UTF_8) + report.format();

    assertThat(output, report.sent(), is(CASES));
    assertThat(
        output, report.statuses().values().stream().mapToInt(Integer::intValue).sum(), is(CASES));
    assertThat(output, report.serverErrors(), is(0L));
    assertThat(output, report.wrong(), is(List.of()));
    assertThat(output, report.apologies(), is(0L));
    assertThat(output, report.answeredAfter(), is(true));
    assertThat(output, report.statuses().getOrDefault("bad_signature 401", 0), greaterThan(0));
    assertThat(output, report.statuses().getOrDefault("three_mib 413", 0), greaterThan(0));
    assertThat(output, report.statuses().getOrDefault("valid 200", 0), greaterThan(0));
    assertThat(output, report.passed(), is(true));
  }

  /** The verdict per case: 401 unsigned, 413 over the limit, else 200 or 400; nothing else. */
  @Test
  void expectedAnswers() {
    byte[] small = "{}".getBytes(StandardCharsets.UTF_8);
    byte[] large = new byte[HostileBodies.LIMIT_BYTES + 1];
    assertThat(
        FuzzRun.expected(new HostileBodies.Case("bad_signature", small, false), 401), is(true));
    assertThat(
        FuzzRun.expected(new HostileBodies.Case("bad_signature", small, false), 200), is(false));
    assertThat(FuzzRun.expected(new HostileBodies.Case("three_mib", large, true), 413), is(true));
    assertThat(FuzzRun.expected(new HostileBodies.Case("three_mib", large, true), 400), is(false));
    assertThat(FuzzRun.expected(new HostileBodies.Case("garbage", small, true), 400), is(true));
    assertThat(FuzzRun.expected(new HostileBodies.Case("valid", small, true), 200), is(true));
    assertThat(FuzzRun.expected(new HostileBodies.Case("garbage", small, true), 500), is(false));
    assertThat(FuzzRun.expected(new HostileBodies.Case("garbage", small, true), 0), is(false));
  }

  /** A report with a 5xx or a dropped connection, an apology or no answer afterwards fails. */
  @Test
  void verdict() {
    FuzzReport clean =
        new FuzzReport(2, Map.of("valid 200", 2), List.of(), 0, 200, true, java.time.Duration.ZERO);
    assertThat(clean.passed(), is(true));
    assertThat(
        new FuzzReport(
                2,
                Map.of("garbage 500", 1, "valid 200", 1),
                List.of("garbage #0 → 500"),
                0,
                200,
                true,
                java.time.Duration.ZERO)
            .serverErrors(),
        is(1L));
    assertThat(
        new FuzzReport(1, Map.of("valid 200", 1), List.of(), 1, 200, true, java.time.Duration.ZERO)
            .passed(),
        is(false));
    assertThat(
        new FuzzReport(1, Map.of("valid 200", 1), List.of(), 0, 200, false, java.time.Duration.ZERO)
            .passed(),
        is(false));
  }
}
