package mx.aprende.content.generate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.CurriculumValidator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.Location;
import mx.aprende.content.curriculum.Problem;
import mx.aprende.content.math.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratorCatalogueTest {
  private static final GeneratorCatalogue CATALOGUE = new GeneratorCatalogue();
  private static final Pattern NUMBER =
      Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
  private static final Pattern FRACTION = Pattern.compile("(\\d+)/(\\d+)");

  /**
   * Each generator's answer recomputed from the numbers printed in its prompt, without the
   * generator's code or its {@code compute}.
   */
  private static final Map<String, Function<Exercise, Rational>> RECOMPUTE =
      Map.ofEntries(
          Map.entry(
              "fraction-add-same-denominator",
              e -> {
                Matcher m = FRACTION.matcher(e.prompt());
                Rational sum = Rational.ZERO;
                while (m.find()) {
                  sum =
                      sum.plus(Rational.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
                }
                return sum;
              }),
          Map.entry("percent-of-quantity", e -> nums(e).get(0).times(nums(e).get(1)).percent()),
          Map.entry("rectangle-area", e -> nums(e).get(0).times(nums(e).get(1))),
          Map.entry(
              "rectangle-perimeter",
              e -> Rational.of(2).times(nums(e).get(0).plus(nums(e).get(1)))),
          Map.entry("add-with-carry", e -> nums(e).get(0).plus(nums(e).get(1))),
          Map.entry("subtract-with-borrow", e -> nums(e).get(0).minus(nums(e).get(1))),
          Map.entry("multiply-two-digit", e -> nums(e).get(0).times(nums(e).get(1))),
          Map.entry("divide-exact", e -> max(nums(e)).dividedBy(min(nums(e)))),
          Map.entry("money-change", e -> nums(e).get(1).minus(nums(e).get(0))),
          Map.entry("decimal-add", e -> nums(e).get(0).plus(nums(e).get(1))),
          Map.entry(
              "rule-of-three", e -> nums(e).get(1).dividedBy(nums(e).get(0)).times(nums(e).get(2))),
          Map.entry(
              "place-value",
              e -> {
                String number = nums(e).get(0).toFractionString();
                int digit = nums(e).get(1).numerator().intValueExact();
                int position = number.length() - 1 - number.indexOf(Character.forDigit(digit, 10));
                return Rational.of(digit).times(Rational.of(BigDecimal.TEN.pow(position)));
              }));

  static Stream<String> names() {
    return CATALOGUE.names().stream();
  }

  private static GeneratorSpec spec(String name) {
    return new GeneratorSpec("g-" + name, name, List.of("skill"), 2, Map.of(), Location.NOWHERE);
  }

  /** The catalogue knows every generator name of the authoring contract. */
  @Test
  void knowsEveryContractName() {
    assertThat(
        CATALOGUE.names(),
        is(
            Set.of(
                "fraction-add-same-denominator",
                "percent-of-quantity",
                "rectangle-area",
                "place-value",
                "add-with-carry",
                "subtract-with-borrow",
                "multiply-two-digit",
                "divide-exact",
                "money-change",
                "rectangle-perimeter",
                "decimal-add",
                "rule-of-three")));
    assertThat(RECOMPUTE.keySet(), is(CATALOGUE.names()));
  }

  /** Parameters and their aliases bound the draws: percents from the list, quantities up to max. */
  @Test
  void honoursParams() {
    GeneratorSpec spec =
        new GeneratorSpec(
            "g",
            "percent-of-quantity",
            List.of("s"),
            2,
            Map.of("percents", "10,50", "max", "500"),
            Location.NOWHERE);
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      List<Rational> numbers = nums(CATALOGUE.generate(spec, random, i));
      assertThat(numbers.get(0).compareTo(Rational.of(500)) <= 0, is(true));
      assertThat(List.of(Rational.of(10), Rational.of(50)).contains(numbers.get(1)), is(true));
    }
    assertThat(
        CATALOGUE.params("percent-of-quantity"), is(Set.of("max-quantity", "max", "percents")));
  }

  /** The same seed draws the same items; another seed draws different ones. */
  @ParameterizedTest
  @MethodSource("names")
  void isReproducibleBySeed(String name) {
    assertThat(draw(name, 42, 20), is(draw(name, 42, 20)));
    assertThat(draw(name, 42, 20), is(not(draw(name, 43, 20))));
  }

  /**
   * 1,000 draws are all valid exercises and their answers match a recomputation from the prompt.
   */
  @ParameterizedTest
  @MethodSource("names")
  void thousandDrawsAreValidAndCorrect(String name) {
    CurriculumValidator validator = new CurriculumValidator(CATALOGUE, 0);
    Set<String> prompts = new HashSet<>();
    List<Problem> problems = new ArrayList<>();
    for (Exercise item : draw(name, 7, 1000)) {
      problems.addAll(validator.validateExercise(item, true, Location.NOWHERE, ""));
      assertThat(
          item.prompt() + " → " + item.answer().canonical(),
          value(item.answer()),
          is(RECOMPUTE.get(name).apply(item)));
      prompts.add(item.prompt());
    }
    assertThat(problems, is(empty()));
    assertThat("wording and numbers vary", prompts.size(), greaterThan(100));
  }

  private static List<Exercise> draw(String name, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Exercise> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(CATALOGUE.generate(spec(name), random, i));
    }
    return items;
  }

  private static Rational value(Answer answer) {
    return switch (answer) {
      case Answer.NumberAnswer n -> Rational.of(n.value());
      case Answer.FractionAnswer f -> f.value();
      default -> throw new AssertionError("generators give numbers and fractions, not " + answer);
    };
  }

  private static List<Rational> nums(Exercise e) {
    List<Rational> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(e.prompt());
    while (m.find()) {
      out.add(Rational.of(new BigDecimal(m.group().replace(",", ""))));
    }
    return out;
  }

  private static Rational max(List<Rational> values) {
    return values.stream().max(Rational::compareTo).orElseThrow();
  }

  private static Rational min(List<Rational> values) {
    return values.stream().min(Rational::compareTo).orElseThrow();
  }
}
