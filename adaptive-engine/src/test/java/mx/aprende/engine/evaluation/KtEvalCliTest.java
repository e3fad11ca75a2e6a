package mx.aprende.engine.evaluation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KtEvalCliTest {

  @TempDir Path dir;

  private Path synthetic(String name, int learners, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder("user_id\titem_id\ttimestamp\tcorrect\tskill_id\n");
    for (int l = 0; l < learners; l++) {
      double ability = random.nextGaussian();
      for (int t = 0; t < 15; t++) {
        int item = random.nextInt(10);
        double p = 1 / (1 + Math.exp(-(ability + (item - 5) * 0.3 + 0.1 * t)));
        sb.append(name).append(l).append('\t').append(item).append("\t0\t");
        sb.append(random.nextDouble() < p ? 1 : 0).append('\t').append(item % 3).append('\n');
      }
    }
    return Files.writeString(dir.resolve(name + ".tsv"), sb.toString());
  }

  /** The CLI prints a metrics table and ends with a one-line JSON summary naming the best model. */
  @Test
  void printsTableAndJsonSummary() throws IOException {
    Path train = synthetic("train", 200, 1);
    Path test = synthetic("test", 50, 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new KtEvalCli(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(
                new String[] {
                  "--train", train.toString(), "--test", test.toString(), "--model", "bkt,best-lr"
                });
    assertThat(code, is(0));
    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    String last = lines[lines.length - 1];
    assertThat(last, startsWith("{\"train\":"));
    assertThat(last, containsString("\"model\":\"bkt\""));
    assertThat(last, containsString("\"model\":\"best-lr\""));
    assertThat(last, containsString("\"testAttempts\":750"));
    assertThat(out.toString(StandardCharsets.UTF_8), containsString("calibration best-lr"));
    assertThat(err.toString(StandardCharsets.UTF_8), containsString("100%"));
  }

  /** Unknown models and missing files are usage errors (exit code 2). */
  @Test
  void rejectsBadArguments() throws IOException {
    Path train = synthetic("train", 5, 1);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    KtEvalCli cli =
        new KtEvalCli(
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(
        cli.run(
            new String[] {
              "--train", train.toString(), "--test", train.toString(), "--model", "dkt"
            }),
        is(2));
    assertThat(
        cli.run(new String[] {"--train", train.toString(), "--test", "/no/such/file"}), is(2));
    assertThat(err.toString(StandardCharsets.UTF_8), containsString("unknown model 'dkt'"));
  }
}
