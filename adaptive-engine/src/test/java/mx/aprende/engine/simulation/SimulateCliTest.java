package mx.aprende.engine.simulation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mx.aprende.engine.curriculum.Skill;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SimulateCliTest {

  static final Path CURRICULUM = Path.of("..", "curriculum");

  /** The real curriculum's modules become courses whose skills only require skills inside. */
  @Test
  void readsTheCurriculumModules() {
    Assumptions.assumeTrue(Files.isDirectory(CURRICULUM), "no curriculum folder");
    Course all = CurriculumYaml.read(CURRICULUM);
    for (String module : SimulateCli.DEFAULT_MODULES) {
      Course course = all.module(module);
      List<Skill> skills = course.graph().skills();
      assertThat(module + " has skills", skills.size() >= 5, is(true));
      for (Skill s : skills) {
        assertThat(s.module(), is(module));
        assertThat(course.graph().contains(s.id()), is(true));
        assertThat(s.id() + " has items", course.catalog().forSkill(s.id()).isEmpty(), is(false));
      }
    }
  }

  /** A small run prints a table per module and a JSON summary as its last line. */
  @Test
  void printsTableAndJsonSummary() {
    Assumptions.assumeTrue(Files.isDirectory(CURRICULUM), "no curriculum folder");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        new SimulateCli(new PrintStream(out, true, StandardCharsets.UTF_8), silent())
            .run(
                new String[] {
                  "--learners",
                  "15",
                  "--training",
                  "20",
                  "--seed",
                  "3",
                  "--module",
                  "la-palabra",
                  "--curriculum",
                  CURRICULUM.toString()
                });
    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(code, is(0));
    assertThat(String.join("\n", lines), containsString("policy vs linear"));
    assertThat(lines[lines.length - 1], startsWith("{\"learners\":15,\"seed\":3,\"modules\":["));
    assertThat(lines[lines.length - 1], containsString("\"module\":\"la-palabra\""));
  }

  /** Unknown options and bad numbers exit with 2. */
  @Test
  void rejectsBadArguments() {
    SimulateCli cli = new SimulateCli(silent(), silent());
    assertThat(cli.run(new String[] {"--bogus", "1"}), is(2));
    assertThat(cli.run(new String[] {"--learners", "many"}), is(2));
    assertThat(cli.run(new String[] {"--placement", "13"}), is(2));
  }

  private static PrintStream silent() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
