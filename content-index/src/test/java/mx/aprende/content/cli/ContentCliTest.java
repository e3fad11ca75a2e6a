package mx.aprende.content.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mx.aprende.content.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCliTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ContentCli cli =
      new ContentCli(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A clean curriculum lints with exit status 0 and a one-line summary. */
  @Test
  void lintsCleanCurriculum() {
    int status = cli.run(new String[] {"lint", "--curriculum", Fixtures.curriculum().toString()});
    assertThat(status, is(0));
    assertThat(out(), containsString("Curriculum OK: 2 modules, 4 units, 9 lessons"));
  }

  /** Problems are listed as file:line and the exit status is 1. */
  @Test
  void lintListsProblems(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("modules/m"));
    Files.writeString(
        dir.resolve("modules/m/module.yaml"),
        "module: m\ntitle: Título\nlevel: medio\narea: vida\norder: 1\nsummary: s\nunits: []\n");
    int status = cli.run(new String[] {"lint", "--curriculum", dir.toString()});
    assertThat(status, is(1));
    assertThat(out(), containsString("modules/m/module.yaml:3: 'level' is 'medio'"));
    assertThat(out(), containsString("modules/m/module.yaml:1: module m lists no units"));
  }

  /** Search prints ranked lessons with their snippets. */
  @Test
  void searches() {
    int status =
        cli.run(
            new String[] {
              "search",
              "--curriculum",
              Fixtures.curriculum().toString(),
              "recibo",
              "de",
              "luz",
              "--limit",
              "2"
            });
    assertThat(status, is(0));
    assertThat(out(), containsString("1. Leer el recibo de la luz  [recibo-luz"));
    assertThat(out(), containsString("*recibo*"));
  }

  /** Stats count modules, exercises by type and coverage. */
  @Test
  void printsStats() {
    assertThat(
        cli.run(new String[] {"stats", "--curriculum", Fixtures.curriculum().toString()}), is(0));
    assertThat(
        out(),
        containsString(
            "Exercises: 10 {choice=3, fraction=2, number=1, ordering=1, text=2, true-false=1}"));
    assertThat(out(), containsString("with 3 hints: 100 %, with a worked solution: 100 %"));
  }

  /** Unknown commands and a missing curriculum exit with status 2. */
  @Test
  void rejectsBadUsage(@TempDir Path dir) {
    assertThat(cli.run(new String[] {"frobnicate"}), is(2));
    assertThat(cli.run(new String[] {"lint", "--curriculum", dir.toString()}), is(2));
  }

  /**
   * Each JSON line comes back with verdict and normalized; bad lines become errors; a summary ends.
   */
  @Test
  void checksAnswerLines() throws IOException {
    String input =
        """
        {"expected": 1500, "answer": "$1,500.00", "type": "number", "kind": "money"}
        {"expected": "3/4", "answer": "seis octavos", "type": "fraction"}
        {"expected": "Salir", "answer": "b", "type": "choice", "options": ["Salir", "Entrar"]}
        {"expected": 1.5, "answer": "1,500", "type": "number"}
        {"expected": "x", "type": "text"}
        {broken
        """;
    new CheckAnswersCli()
        .run(
            new BufferedReader(new StringReader(input)),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = out().lines().map(l -> read(json, l)).toList();
    assertThat(lines, hasSize(7));
    assertThat(lines.get(0).get("verdict").asText(), is("CORRECT"));
    assertThat(lines.get(0).get("normalized").asText(), is("1500"));
    assertThat(lines.get(0).get("kind").asText(), is("money"));
    assertThat(lines.get(1).get("normalized").asText(), is("6/8"));
    assertThat(lines.get(2).get("verdict").asText(), is("INCORRECT"));
    assertThat(lines.get(3).get("verdict").asText(), is("NOT_UNDERSTOOD"));
    assertThat(lines.get(4).get("error").asText(), is("missing \"answer\""));
    assertThat(lines.get(5).get("error").asText(), containsString("not JSON"));
    JsonNode summary = lines.get(6).get("summary");
    assertThat(summary.get("lines").asInt(), is(6));
    assertThat(summary.get("correct").asInt(), is(2));
    assertThat(summary.get("incorrect").asInt(), is(1));
    assertThat(summary.get("not_understood").asInt(), is(1));
    assertThat(summary.get("errors").asInt(), is(2));
  }

  private static JsonNode read(ObjectMapper json, String line) {
    try {
      return json.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }
}
