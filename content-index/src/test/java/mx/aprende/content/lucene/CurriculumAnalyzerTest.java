package mx.aprende.content.lucene;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Token-level tests of the Spanish analysis, written as plain JUnit 5 assertions: Lucene's
 * BaseTokenStreamTestCase needs JUnit 4 with the randomizedtesting runner, which is not available
 * offline here and would need the vintage engine next to Jupiter.
 */
class CurriculumAnalyzerTest {
  /** Accents and case fold; singular, plural and verb forms stem to the same term. */
  @ParameterizedTest
  @CsvSource({
    "Fracción, fraccion",
    "fracciones, fraccion",
    "FRACCION, fraccion",
    "Números, numer",
    "número, numer"
  })
  void stemsAndFolds(String word, String term) {
    assertThat(CurriculumAnalyzer.stemmed().terms(word), is(List.of(term)));
  }

  /** Spanish stop words are dropped, accented or not. */
  @Test
  void dropsStopWords() {
    assertThat(
        CurriculumAnalyzer.stemmed().terms("¿Qué es el denominador de una fracción?"),
        is(List.of("denomin", "fraccion")));
    assertThat(CurriculumAnalyzer.stemmed().terms("que esta aqui"), is(List.of("aqui")));
  }

  /** The folded analyzer keeps whole words for fuzzy matching. */
  @Test
  void foldedKeepsWords() {
    assertThat(
        CurriculumAnalyzer.folded().terms("Las Fracciones equivalentes"),
        is(List.of("fracciones", "equivalentes")));
  }

  /** Query-time synonyms reach the stemmed term of the other words, plural included. */
  @Test
  void expandsSynonymsAfterStemming() {
    CurriculumAnalyzer analyzer =
        CurriculumAnalyzer.withSynonyms(
            List.of(List.of("fraccion", "quebrado"), List.of("porcentaje", "por ciento")));
    assertThat(analyzer.terms("quebrados"), hasItem("fraccion"));
    assertThat(analyzer.terms("Quebrado"), hasItem("fraccion"));
    assertThat(analyzer.terms("por ciento"), hasItem("porcentaj"));
    assertThat(analyzer.terms("porcentajes"), hasItem("cient"));
  }
}
