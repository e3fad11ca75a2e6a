package mx.aprende.bot.region;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import mx.aprende.content.text.TextFolding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class StateMatcherTest {
  private static final StateMatcher MATCHER = new StateMatcher();

  /** Each typed answer in the table gives its state, its few candidates, or none. */
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvFileSource(resources = "/region/state-inputs.csv", numLinesToSkip = 1)
  void typedAnswersMatchTheTable(String input, String expected) {
    assertThat(describe(MATCHER.match(input)), is(expected));
  }

  /** Every state's official name, short name and abbreviations find that state. */
  @ParameterizedTest
  @EnumSource(MexicanState.class)
  void everyStateIsFoundByItsOwnNames(MexicanState state) {
    List<String> names =
        Stream.concat(
                Stream.of(state.officialName(), state.shortName()), state.abbreviations().stream())
            .toList();
    for (String name : names) {
      if (Places.SHARED.containsKey(TextFolding.words(name))) {
        // "México" is also the country and Mexico City: the learner is asked which one
        assertThat(
            MATCHER.match(name) instanceof StateMatch.Ambiguous(List<MexicanState> candidates)
                && candidates.contains(state),
            is(true));
        continue;
      }
      assertThat(name, MATCHER.match(name), is(new StateMatch.Found(state)));
      assertThat(name, MATCHER.match(name.toUpperCase() + "!!"), is(new StateMatch.Found(state)));
    }
  }

  /** A state's name inside a sentence, after "vivo en" or "soy de", is still found. */
  @ParameterizedTest
  @EnumSource(MexicanState.class)
  void everyStateIsFoundInsideASentence(MexicanState state) {
    assertThat(MATCHER.match("vivo en " + state.shortName()), is(new StateMatch.Found(state)));
    assertThat(MATCHER.match("Soy de " + state.shortName() + "."), is(new StateMatch.Found(state)));
  }

  /** One typo in a state name of six letters or more is forgiven. */
  @ParameterizedTest
  @MethodSource("longNames")
  void oneTypoInALongNameIsForgiven(MexicanState state, String typo) {
    assertThat(typo, MATCHER.match(typo), is(new StateMatch.Found(state)));
  }

  static Stream<Arguments> longNames() {
    return Arrays.stream(MexicanState.values())
        .filter(s -> TextFolding.words(s.shortName()).length() >= 6)
        .map(s -> Arguments.of(s, swapLastTwoLetters(TextFolding.words(s.shortName()))));
  }

  /** An ambiguous answer offers two or three states, never more. */
  @ParameterizedTest
  @CsvFileSource(resources = "/region/state-inputs.csv", numLinesToSkip = 1)
  void anAmbiguousAnswerNeverHasMoreThanThreeCandidates(String input, String ignored) {
    if (MATCHER.match(input) instanceof StateMatch.Ambiguous(List<MexicanState> candidates)) {
      assertThat(candidates.size() <= 3 && candidates.size() >= 2, is(true));
    }
  }

  /** Everyday words that look like abbreviations ("son", "ver") do not match inside sentences. */
  @Test
  void wordLikeAbbreviationsDoNotMatchInsideSentences() {
    assertThat(MATCHER.match("son las ocho"), is(new StateMatch.NotFound()));
    assertThat(MATCHER.match("quiero ver"), is(new StateMatch.NotFound()));
    assertThat(MATCHER.match("ver"), is(new StateMatch.Found(MexicanState.VERACRUZ)));
  }

  private static String swapLastTwoLetters(String name) {
    int n = name.length();
    return name.substring(0, n - 2) + name.charAt(n - 1) + name.charAt(n - 2);
  }

  private static String describe(StateMatch match) {
    return switch (match) {
      case StateMatch.Found(MexicanState state) -> state.code();
      case StateMatch.Ambiguous(List<MexicanState> candidates) ->
          "AMBIGUOUS "
              + String.join(" ", candidates.stream().map(MexicanState::code).sorted().toList());
      case StateMatch.NotFound() -> "NONE";
    };
  }
}
