package mx.aprende.bot.tutor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.content.search.Hit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The evaluation set {@code tutor-questions.yaml}: colloquial learner questions and the lesson that
 * should ground each. Prints recall@1 and recall@3 so the figures in docs/tutor.md can be checked.
 */
class TutorEvaluationTest {

  private record Case(String question, String lesson) {}

  private static Curriculum curriculum;
  private static Grounding grounding;
  private static List<Case> cases;

  @BeforeAll
  static void load() throws IOException {
    curriculum = TestBots.curriculum();
    grounding = TutorFixtures.grounding();
    cases = cases();
  }

  @SuppressWarnings("unchecked")
  private static List<Case> cases() throws IOException {
    try (InputStream in = TutorEvaluationTest.class.getResourceAsStream("/tutor-questions.yaml")) {
      Map<String, Object> root = new Yaml().load(in);
      List<Case> out = new ArrayList<>();
      for (Map<String, String> row : (List<Map<String, String>>) root.get("questions")) {
        out.add(new Case(row.get("q"), row.get("lesson")));
      }
      return out;
    }
  }

  /** The set is big enough and every expected lesson exists in the shipped curriculum. */
  @Test
  void setIsLargeAndNamesRealLessons() {
    Set<String> lessons =
        curriculum.modules().stream()
            .flatMap(m -> m.units().stream())
            .flatMap(u -> u.lessons().stream())
            .map(Lesson::id)
            .collect(Collectors.toSet());
    assertThat(cases.size(), is(greaterThanOrEqualTo(60)));
    for (Case c : cases) {
      assertThat(c.question(), lessons.contains(c.lesson()), is(true));
    }
  }

  /** The grounding lesson is among the three passages given to the model for ≥ 90% of questions. */
  @Test
  void recallAtThreeIsAtLeastNinetyPercent() {
    int atOne = 0;
    int atThree = 0;
    List<String> misses = new ArrayList<>();
    for (Case c : cases) {
      List<String> ids =
          grounding.find(c.question(), Optional.empty(), 3).stream().map(Hit::lessonId).toList();
      if (!ids.isEmpty() && ids.getFirst().equals(c.lesson())) {
        atOne++;
      }
      if (ids.contains(c.lesson())) {
        atThree++;
      } else {
        misses.add(c.question() + " -> " + ids);
      }
    }
    double recall3 = (double) atThree / cases.size();
    System.out.printf(
        "tutor evaluation: %d questions, recall@1 %.3f, recall@3 %.3f; misses: %s%n",
        cases.size(), (double) atOne / cases.size(), recall3, misses);
    assertThat(misses.toString(), recall3, is(greaterThanOrEqualTo(0.9)));
  }

  /**
   * Without a model, the answer cites the expected lesson and quotes that lesson's own passage for
   * at least 80% of the questions.
   */
  @Test
  void retrievalAnswersComeFromTheExpectedLesson() {
    RetrievalTutor tutor = new RetrievalTutor(grounding);
    int fromLesson = 0;
    for (Case c : cases) {
      Tutor.Answer answer =
          tutor.answer(new Tutor.Question("eval", c.question(), Optional.empty()));
      if (answer.source().map(s -> s.lessonId().equals(c.lesson())).orElse(false)) {
        Hit best = grounding.find(c.question(), Optional.empty(), 3).getFirst();
        assertThat(best.lessonId(), is(c.lesson()));
        assertThat(
            answer.text(),
            containsString(
                RetrievalTutor.shorten(best.snippet().strip(), RetrievalTutor.MAX_SNIPPET)));
        assertThat(answer.text(), containsString(Grounding.citation(answer.source().get())));
        fromLesson++;
      }
    }
    assertThat((double) fromLesson / cases.size(), is(greaterThanOrEqualTo(0.8)));
  }
}
