package mx.aprende.bot.tutor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Optional;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.lucene.LuceneCurriculumSearch;
import mx.aprende.content.search.CurriculumSearch;
import mx.aprende.content.search.Hit;
import mx.aprende.content.search.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The no-LLM tutor over the shipped curriculum. */
class RetrievalTutorTest {

  private static LuceneCurriculumSearch search;
  private static RetrievalTutor tutor;

  @BeforeAll
  static void index() {
    Curriculum curriculum = TestBots.curriculum();
    search = LuceneCurriculumSearch.of(curriculum);
    tutor = new RetrievalTutor(search, curriculum);
  }

  @AfterAll
  static void close() {
    search.close();
  }

  private static Tutor.Answer ask(String question) {
    return tutor.answer(new Tutor.Question("5215512345678", question, Optional.empty()));
  }

  /** A colloquial question is answered from the fractions lessons, citing module and lesson. */
  @Test
  void answersFromTheCurriculumWithItsSource() {
    Tutor.Answer answer = ask("como se suman los quebrados");
    assertThat(answer.source().isPresent(), is(true));
    assertThat(answer.source().get().moduleTitle(), is("Fracciones y porcentajes"));
    assertThat(answer.text(), containsString("Lo vimos en *Fracciones y porcentajes › "));
    assertThat(answer.text().length(), is(lessThanOrEqualTo(1024)));
  }

  /** The answer is the curriculum's own text: the snippet of the best hit for that question. */
  @Test
  void answerQuotesTheBestPassage() {
    Hit best = search.search(SearchRequest.of("que es el perimetro").withLimit(1)).getFirst();
    Tutor.Answer answer = ask("que es el perimetro");
    assertThat(answer.source().orElseThrow().lessonId(), is(best.lessonId()));
    assertThat(
        answer.text(),
        containsString(RetrievalTutor.shorten(best.snippet().strip(), RetrievalTutor.MAX_SNIPPET)));
  }

  /** When nothing scores well enough the tutor says so instead of answering with noise. */
  @Test
  void weakMatchesAreNotPassedOffAsAnswers() {
    CurriculumSearch weak =
        new CurriculumSearch() {
          @Override
          public List<Hit> search(SearchRequest request) {
            return List.of(
                new Hit(
                    "fracciones-comparar",
                    "x",
                    "m",
                    "texto",
                    "lesson",
                    RetrievalTutor.MIN_SCORE / 2));
          }

          @Override
          public List<Hit> related(String lessonId, int k) {
            return List.of();
          }
        };
    RetrievalTutor strict = new RetrievalTutor(weak, TestBots.curriculum());
    Tutor.Answer answer =
        strict.answer(new Tutor.Question("k", "quien gano el partido", Optional.empty()));
    assertThat(answer.source(), is(Optional.empty()));
    assertThat(answer.text(), containsString("No encontré eso"));
  }

  /** Repeated questions that differ only in case, accents or punctuation hit the answer cache. */
  @Test
  void normalisedQuestionsShareAnAnswer() {
    assertThat(
        RetrievalTutor.normalise("¿Qué es el PERÍMETRO?"),
        is(RetrievalTutor.normalise("que es el perimetro")));
    assertThat(
        RetrievalTutor.normalise("15% de 200"), not(is(RetrievalTutor.normalise("15 de 200"))));
  }
}
