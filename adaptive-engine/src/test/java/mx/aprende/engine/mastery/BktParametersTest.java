package mx.aprende.engine.mastery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BktParametersTest {

  /** The posterior-then-transition update matches hand-computed Bayes for each row. */
  @ParameterizedTest(name = "known {5}, correct {6} -> {7}")
  @CsvSource({
    // prior, learn, forget, guess, slip, known, correct, expected
    "0.4, 0.1, 0.0, 0.2, 0.1, 0.4, true, 0.775", // 0.36/0.48 = 0.75 -> 0.75 + 0.25*0.1
    "0.4, 0.1, 0.0, 0.2, 0.1, 0.4, false, 0.1692307692", // 0.04/0.52 + (1 - 0.04/0.52) * 0.1
    "0.4, 0.0, 0.0, 0.2, 0.1, 0.5, true, 0.8181818182", // 0.45/0.55, no learning
    "0.4, 0.1, 0.2, 0.2, 0.1, 1.0, true, 0.8", // known stays known except forgetting
    "0.4, 0.3, 0.0, 0.2, 0.1, 0.0, false, 0.3", // unknown learns at rate learn
  })
  void updateIsBayesThenTransition(
      double prior,
      double learn,
      double forget,
      double guess,
      double slip,
      double known,
      boolean correct,
      double expected) {
    BktParameters p = new BktParameters(prior, learn, forget, guess, slip);
    assertThat(p.update(known, correct), closeTo(expected, 1e-9));
  }

  /** P(correct) mixes 1 - slip and guess by the probability of knowing. */
  @Test
  void correctGivenMixesSlipAndGuess() {
    BktParameters p = new BktParameters(0.4, 0.1, 0.0, 0.2, 0.1);
    assertThat(p.correctGiven(0.5), closeTo(0.5 * 0.9 + 0.5 * 0.2, 1e-12));
  }

  /** Values outside [0, 1] are rejected. */
  @Test
  void rejectsNonProbabilities() {
    assertThrows(IllegalArgumentException.class, () -> new BktParameters(1.2, 0.1, 0, 0.2, 0.1));
  }
}
