package mx.aprende.content.answer;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.Misconception;
import mx.aprende.content.curriculum.NumberKind;
import mx.aprende.content.math.NumericLiteral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AnswerCheckerTest {
  private static final AnswerChecker CHECKER = new AnswerChecker();

  /** Each row: what the learner typed, checked against the expected answer, gives the verdict. */
  @ParameterizedTest(name = "{0} {1} ← \"{3}\" → {4}")
  @CsvFileSource(resources = "/answers/answer-cases.psv", delimiter = '|')
  void checksTypedAnswer(
      String type,
      String expected,
      String options,
      String typed,
      Verdict verdict,
      String normalized) {
    Answer answer = answer(type, expected, options == null ? "" : options);
    List<Integer> order =
        type.equals("ordering") && options != null
            ? Arrays.stream(options.split(";")).map(String::trim).map(Integer::parseInt).toList()
            : List.of();
    AnswerCheck check = CHECKER.check(answer, typed, order);
    assertThat(check.verdict(), is(verdict));
    if (normalized != null) {
      assertThat(check.normalized(), is(normalized));
    }
  }

  /** A wrong option reports the feedback of its misconception. */
  @Test
  void wrongOptionCarriesItsMisconception() {
    Answer.Choice choice =
        new Answer.Choice(
            List.of(
                new Answer.Option("3/4", Optional.empty()),
                new Answer.Option("3/8", Optional.of("Sumaste los denominadores."))),
            0);
    AnswerCheck check = CHECKER.check(choice, "la b");
    assertThat(
        check.misconception().map(Misconception::feedback),
        is(Optional.of("Sumaste los denominadores.")));
  }

  /** A known wrong number is matched to its misconception, in any written form. */
  @Test
  void wrongNumberCarriesItsMisconception() {
    Answer.NumberAnswer answer =
        new Answer.NumberAnswer(
            new BigDecimal("36"),
            NumberKind.MONEY,
            Optional.empty(),
            Optional.of("pesos"),
            List.of(new Misconception("204", "Ese es el precio con descuento.")));
    assertThat(
        CHECKER.check(answer, "doscientos cuatro pesos").misconception().map(Misconception::answer),
        is(Optional.of("204")));
    assertThat(CHECKER.check(answer, "205").misconception().isPresent(), is(false));
  }

  /** A shuffled choice maps the letter typed to the option shown in that place. */
  @Test
  void shuffledChoiceUsesShownOrder() {
    Answer.Choice choice =
        new Answer.Choice(
            List.of(
                new Answer.Option("Sí", Optional.empty()),
                new Answer.Option("No", Optional.of("x")),
                new Answer.Option("Tal vez", Optional.of("y"))),
            0);
    assertThat(CHECKER.check(choice, "c", List.of(2, 1, 0)).verdict(), is(Verdict.CORRECT));
    assertThat(CHECKER.check(choice, "a", List.of(2, 1, 0)).verdict(), is(Verdict.INCORRECT));
  }

  static Answer answer(String type, String expected, String options) {
    return switch (type) {
      case "number" -> {
        String[] p = (expected + ";;;;").split(";", -1);
        BigDecimal value = new BigDecimal(p[0].trim());
        NumberKind kind =
            p[1].isBlank()
                ? (value.stripTrailingZeros().scale() <= 0
                    ? NumberKind.INTEGER
                    : NumberKind.DECIMAL)
                : NumberKind.fromId(p[1].trim()).orElseThrow();
        List<Misconception> misconceptions =
            options.isBlank()
                ? List.of()
                : List.of(new Misconception(options.split("=")[0], options.split("=")[1]));
        yield new Answer.NumberAnswer(
            value,
            kind,
            p[3].isBlank() ? Optional.empty() : Optional.of(new BigDecimal(p[3].trim())),
            p[2].isBlank() ? Optional.empty() : Optional.of(p[2].trim()),
            misconceptions);
      }
      case "fraction" -> {
        String[] p = expected.split(";");
        yield new Answer.FractionAnswer(
            NumericLiteral.parse(p[0]).orElseThrow(), p[0], p.length < 2, List.of());
      }
      case "text" -> {
        String[] p = expected.split("!");
        List<Misconception> wrong =
            p.length < 2
                ? List.of()
                : Arrays.stream(p[1].split(";")).map(w -> new Misconception(w, "no")).toList();
        yield new Answer.TextAnswer(List.of(p[0].split(";")), wrong);
      }
      case "choice" -> {
        List<String> texts = List.of(options.split(";"));
        yield new Answer.Choice(
            texts.stream()
                .map(
                    t ->
                        new Answer.Option(
                            t, t.equals(expected) ? Optional.empty() : Optional.of("No es " + t)))
                .toList(),
            texts.indexOf(expected));
      }
      case "true-false" -> new Answer.TrueFalse(Boolean.parseBoolean(expected), Optional.empty());
      case "ordering" -> new Answer.Ordering(List.of(expected.split(";")));
      default -> throw new IllegalArgumentException(type);
    };
  }
}
