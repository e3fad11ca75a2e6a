package mx.aprende.content.shipped;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.CurriculumLoader;
import mx.aprende.content.curriculum.CurriculumValidator;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.content.curriculum.Problem;
import mx.aprende.content.generate.GeneratorCatalogue;
import mx.aprende.content.lucene.LuceneCurriculumSearch;
import mx.aprende.content.search.Hit;
import mx.aprende.content.search.SearchRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The curriculum that ships with the product: it validates clean, meets the size the programme
 * needs, and learners' own questions find the right lessons.
 */
class ShippedCurriculumTest {

  private static Path root;
  private static Curriculum curriculum;

  @BeforeAll
  static void load() {
    root = Path.of(System.getProperty("aprende.project.dir", "..")).resolve("curriculum");
    curriculum = CurriculumLoader.load(root).curriculum();
  }

  /**
   * Every file loads and validates without a single problem (what {@code ./tutor content lint}
   * checks).
   */
  @Test
  void validatesClean() {
    List<Problem> problems = new CurriculumValidator(new GeneratorCatalogue(), 50).check(root);
    assertThat(problems.toString(), problems, is(empty()));
  }

  /** At least 10 modules over the three levels, 80 skills and 400 authored exercises. */
  @Test
  void meetsTheProgrammesSize() {
    assertThat(curriculum.modules().size(), greaterThanOrEqualTo(10));
    assertThat(curriculum.modules().stream().map(m -> m.level()).distinct().count(), is(3L));
    assertThat(curriculum.skills().size(), greaterThanOrEqualTo(80));
    int exercises = curriculum.units().stream().mapToInt(u -> u.exercises().size()).sum();
    assertThat(exercises, greaterThanOrEqualTo(400));
  }

  /**
   * Golden learner questions (typed as adults type on a phone) find an expected lesson in the top 3
   * for at least 90 % of them; recall@3 and MRR are printed for docs/benchmarks.md.
   */
  @Test
  void goldenQuestionsFindTheirLessons() throws IOException {
    List<Map<String, Object>> queries = golden("/golden-queries.yaml");
    Set<String> lessonIds =
        curriculum.units().stream()
            .flatMap(u -> u.lessons().stream())
            .map(Lesson::id)
            .collect(Collectors.toSet());
    assertThat(queries.size(), greaterThanOrEqualTo(60));
    int found = 0;
    double reciprocal = 0;
    List<String> misses = new ArrayList<>();
    try (LuceneCurriculumSearch search = LuceneCurriculumSearch.of(curriculum)) {
      for (Map<String, Object> row : queries) {
        String q = (String) row.get("q");
        @SuppressWarnings("unchecked")
        List<String> expected = (List<String>) row.get("expect");
        assertThat("expected lessons exist for: " + q, lessonIds.containsAll(expected), is(true));
        List<String> ids =
            search.search(SearchRequest.of(q).withLimit(10)).stream().map(Hit::lessonId).toList();
        int rank = 0;
        for (int i = 0; i < ids.size() && rank == 0; i++) {
          rank = expected.contains(ids.get(i)) ? i + 1 : 0;
        }
        found += rank >= 1 && rank <= 3 ? 1 : 0;
        reciprocal += rank > 0 ? 1.0 / rank : 0;
        if (rank == 0 || rank > 3) {
          misses.add(q);
        }
      }
    }
    double recall = (double) found / queries.size();
    System.out.printf(
        "shipped golden queries: %d, recall@3 %.3f, MRR %.3f%n",
        queries.size(), recall, reciprocal / queries.size());
    assertThat("recall@3; misses: " + misses, recall, greaterThanOrEqualTo(0.9));
  }

  private static List<Map<String, Object>> golden(String resource) throws IOException {
    try (InputStream in = ShippedCurriculumTest.class.getResourceAsStream(resource)) {
      Map<String, Object> doc = new Yaml(new LoaderOptions()).load(in);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> queries = (List<Map<String, Object>>) doc.get("queries");
      return queries;
    }
  }
}
