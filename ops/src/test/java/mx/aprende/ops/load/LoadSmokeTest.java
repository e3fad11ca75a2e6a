package mx.aprende.ops.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadSmokeTest {

  /** A tiny run (20 learners, 2 s) against an in-process bot loses nothing and fails nothing. */
  @Test
  void tinyRunLosesNothing() throws InterruptedException {
    LoadOptions options =
        LoadOptions.parse(
            List.of(
                "--in-process",
                "--learners",
                "20",
                "--rate",
                "10",
                "--duration",
                "2s",
                "--warmup",
                "0s"),
            Map.of(),
            Path.of("..").toAbsolutePath().normalize());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    List<LoadReport> reports =
        new LoadTest(options, new PrintStream(printed, true, StandardCharsets.UTF_8), false).run();

    LoadReport report = reports.getFirst();
    String output = printed.toString(StandardCharsets.UTF_8);
    assertThat(output, report.tally().sent(), is(20L));
    assertThat(output, report.tally().errors(), is(0L));
    assertThat(output, report.tally().lost(), is(0L));
    assertThat(output, report.tally().duplicateReplies(), is(0L));
    assertThat(output, report.endToEnd().count(), is(20L));
    // Every answered turn got at least one message (consecutive replies are merged into one).
    assertThat(output, report.tally().replies(), greaterThanOrEqualTo(20L));
  }
}
