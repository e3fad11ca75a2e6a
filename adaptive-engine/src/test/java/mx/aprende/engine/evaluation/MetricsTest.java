package mx.aprende.engine.evaluation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MetricsTest {

  static Stream<Arguments> aucCases() {
    return Stream.of(
        Arguments.of("perfect ranking", new double[] {0.1, 0.2, 0.8, 0.9}, "0011", 1.0),
        Arguments.of("reversed ranking", new double[] {0.9, 0.8, 0.2, 0.1}, "0011", 0.0),
        Arguments.of("all tied", new double[] {0.5, 0.5, 0.5, 0.5}, "0101", 0.5),
        // Pairs (pos, neg): (0.8,0.1) (0.8,0.4) (0.35,0.1) win, (0.35,0.4) loses -> 3/4.
        Arguments.of("one swapped pair", new double[] {0.1, 0.35, 0.4, 0.8}, "0101", 0.75),
        // Tie between a positive and a negative counts one half: (0.5 vs 0.5)=.5, (0.5 vs .2)=1.
        Arguments.of("tie counts half", new double[] {0.2, 0.5, 0.5}, "001", 0.75));
  }

  /** AUC equals the share of (correct, wrong) pairs ranked in the right order, ties half. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("aucCases")
  void aucCountsOrderedPairs(String name, double[] p, String outcomes, double expected) {
    boolean[] y = new boolean[outcomes.length()];
    for (int i = 0; i < y.length; i++) {
      y[i] = outcomes.charAt(i) == '1';
    }
    assertThat(Metrics.auc(p, y), closeTo(expected, 1e-12));
  }

  /** AUC is undefined with a single class. */
  @Test
  void aucNeedsBothClasses() {
    assertThat(
        Double.isNaN(Metrics.auc(new double[] {0.2, 0.7}, new boolean[] {true, true})), is(true));
  }

  /** Log loss, RMSE, per-skill AUC and the calibration bins follow their definitions. */
  @Test
  void metricsFollowDefinitions() {
    Predictions p = new Predictions();
    p.add(0.8, true, List.of("a"));
    p.add(0.3, false, List.of("a"));
    p.add(0.6, false, List.of("b"));
    p.add(0.65, true, List.of("b"));
    p.add(0.9, true, List.of("c")); // only one class: no AUC for c
    Metrics m = Metrics.of(p);
    double expectedLogLoss =
        -(Math.log(0.8) + Math.log(0.7) + Math.log(0.4) + Math.log(0.65) + Math.log(0.9)) / 5;
    double expectedRmse = Math.sqrt((0.04 + 0.09 + 0.36 + 0.1225 + 0.01) / 5);
    assertThat(m.count(), is(5));
    assertThat(m.logLoss(), closeTo(expectedLogLoss, 1e-12));
    assertThat(m.rmse(), closeTo(expectedRmse, 1e-12));
    assertThat(m.auc(), closeTo(1.0, 1e-12));
    assertThat(m.meanSkillAuc(), closeTo(1.0, 1e-12));
    assertThat(m.calibration().size(), is(10));
    CalibrationBin sixes = m.calibration().get(6);
    assertThat(sixes.count(), is(2));
    assertThat(sixes.meanPredicted(), closeTo(0.625, 1e-12));
    assertThat(sixes.observed(), closeTo(0.5, 1e-12));
  }
}
