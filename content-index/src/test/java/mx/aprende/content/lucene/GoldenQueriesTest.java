package mx.aprende.content.lucene;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.aprende.content.Fixtures;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.CurriculumLoader;
import mx.aprende.content.search.Hit;
import mx.aprende.content.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Golden queries: learner questions with the lessons that must come back in the top 3. The table
 * and the curriculum default to the fixture; {@code -Daprende.golden.curriculum=DIR} and {@code
 * -Daprende.golden.queries=FILE} point the same runner at the real curriculum; FILE is either this
 * TSV form or YAML ({@code queries: [{q: ..., expect: [...]}]}).
 */
class GoldenQueriesTest {
  private record Golden(String query, List<String> lessons) {}

  /** Recall@3 is at least 0.9 over the golden table; MRR is reported with it. */
  @Test
  void recallAtThreeIsAtLeastNinetyPercent() throws IOException {
    Path dir =
        Path.of(System.getProperty("aprende.golden.curriculum", Fixtures.curriculum().toString()));
    Curriculum curriculum = CurriculumLoader.load(dir).curriculum();
    List<Golden> table = table();
    assertThat("golden queries", table.size(), greaterThanOrEqualTo(20));
    int found = 0;
    double reciprocalRanks = 0;
    List<String> misses = new ArrayList<>();
    try (LuceneCurriculumSearch search = LuceneCurriculumSearch.of(curriculum)) {
      for (Golden golden : table) {
        List<String> ids =
            search.search(SearchRequest.of(golden.query()).withLimit(10)).stream()
                .map(Hit::lessonId)
                .toList();
        int rank = rank(ids, golden.lessons());
        if (rank > 0 && rank <= 3) {
          found++;
        } else {
          misses.add(golden.query() + " → " + ids.stream().limit(3).toList());
        }
        reciprocalRanks += rank > 0 ? 1.0 / rank : 0;
      }
    }
    double recall = (double) found / table.size();
    System.out.printf(
        "golden queries: %d, recall@3 %.3f, MRR %.3f%nmisses: %s%n",
        table.size(), recall, reciprocalRanks / table.size(), misses);
    assertThat("recall@3; misses: " + misses, recall, greaterThanOrEqualTo(0.9));
  }

  private static int rank(List<String> ids, List<String> expected) {
    for (int i = 0; i < ids.size(); i++) {
      if (expected.contains(ids.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The YAML form: {@code queries: [{q: "...", expect: [lesson ids]}]}; empty expectations skipped.
   */
  @SuppressWarnings("unchecked")
  private static List<Golden> yamlTable(String text) {
    Map<String, Object> root = new Yaml().load(text);
    List<Golden> out = new ArrayList<>();
    for (Map<String, Object> row : (List<Map<String, Object>>) root.get("queries")) {
      List<String> expect = (List<String>) row.get("expect");
      if (expect != null && !expect.isEmpty()) {
        out.add(new Golden(String.valueOf(row.get("q")), expect));
      }
    }
    return out;
  }

  private static List<Golden> table() throws IOException {
    String file = System.getProperty("aprende.golden.queries");
    String text;
    if (file != null) {
      text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } else {
      try (InputStream in =
          GoldenQueriesTest.class.getResourceAsStream("/search/golden-queries.tsv")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    if (file != null && (file.endsWith(".yaml") || file.endsWith(".yml"))) {
      return yamlTable(text);
    }
    List<Golden> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      out.add(new Golden(columns[0].trim(), List.of(columns[1].trim().split("\\s*,\\s*"))));
    }
    return out;
  }
}
