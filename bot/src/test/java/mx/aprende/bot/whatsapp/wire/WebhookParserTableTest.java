package mx.aprende.bot.whatsapp.wire;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table test over {@code whatsapp/testdata}: one payload file per case, and one row per file in
 * {@code cases.json} with the expected counts, ignored reasons and salient values of every message,
 * status and error (a JSON subset of {@link RecordTree}'s rendering).
 */
class WebhookParserTableTest {
  private static final String DIR = "/whatsapp/testdata/";
  private static final String TABLE = "cases.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebhookParser parser = new WebhookParser();

  static Stream<Arguments> cases() {
    List<Arguments> rows = new ArrayList<>();
    table().forEach(row -> rows.add(Arguments.of(row.get("file").asText(), row)));
    return rows.stream();
  }

  /** Each payload file parses to exactly the counts, ignored reasons and values its row expects. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsesAsTheTableSays(String file, JsonNode row) {
    WebhookBatch batch = parser.parse(payload(file));

    JsonNode counts = row.get("counts");
    assertThat("messages", batch.messages().size(), is(counts.get("messages").asInt()));
    assertThat("statuses", batch.statuses().size(), is(counts.get("statuses").asInt()));
    assertThat("errors", batch.errors().size(), is(counts.get("errors").asInt()));
    assertThat("ignored", batch.ignored().size(), is(counts.get("ignored").asInt()));

    List<Ignored> expectedIgnored = new ArrayList<>();
    row.get("ignored")
        .forEach(i -> expectedIgnored.add(new Ignored(i.get(0).asText(), i.get(1).asText())));
    assertThat(batch.ignored(), is(expectedIgnored));

    JsonSubset.assertContains("messages", row.get("messages"), RecordTree.of(batch.messages()));
    JsonSubset.assertContains("statuses", row.get("statuses"), RecordTree.of(batch.statuses()));
    JsonSubset.assertContains("errors", row.get("errors"), RecordTree.of(batch.errors()));
  }

  /** Every message of every payload file restores from its stored raw JSON to an equal message. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void restoresEveryMessageFromItsRawJson(String file, JsonNode row) {
    for (InboundMessage message : parser.parse(payload(file)).messages()) {
      InboundMessage restored =
          parser.restore(message.rawJson(), message.sender(), message.phoneNumberId());
      assertThat(message.id(), restored, is(message));
    }
  }

  /**
   * The table has one row per payload file: no file untested, no row without a file, no duplicates.
   */
  @Test
  void tableCoversEveryPayloadFile() throws IOException, URISyntaxException {
    Path dir =
        Path.of(Objects.requireNonNull(WebhookParserTableTest.class.getResource(DIR)).toURI());
    Set<String> files = new TreeSet<>();
    try (Stream<Path> paths = Files.list(dir)) {
      paths
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".json") && !name.equals(TABLE))
          .forEach(files::add);
    }
    List<String> rows = new ArrayList<>();
    table().forEach(row -> rows.add(row.get("file").asText()));

    assertThat(new TreeSet<>(rows), is(files));
    assertThat("no duplicate rows", rows.size(), is(files.size()));
  }

  /**
   * Each row lists every message, status and error it counts, so no parsed value goes unchecked.
   */
  @Test
  void rowsListEverythingTheyCount() {
    for (JsonNode row : table()) {
      JsonNode counts = row.get("counts");
      for (String part : List.of("messages", "statuses", "errors", "ignored")) {
        assertThat(
            row.get("file").asText() + " " + part,
            row.get(part).size(),
            is(counts.get(part).asInt()));
      }
    }
  }

  private static JsonNode table() {
    try {
      return JSON.readTree(payload(TABLE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] payload(String file) {
    try (InputStream in = WebhookParserTableTest.class.getResourceAsStream(DIR + file)) {
      return Objects.requireNonNull(in, file).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
