package mx.aprende.engine.simulation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModuleComparisonTest {

  static final long SEED = 7;
  static final int LEARNERS = 80;
  static ModuleComparison.Report placed;
  static ModuleComparison.Report unplaced;

  static ModuleComparison.Report compare(Simulation.Settings settings, int learners) {
    return new ModuleComparison(Courses.diamond(), LearnerSettings.standard(), settings)
        .compare(Courses.MODULE, learners, learners, SEED);
  }

  @BeforeAll
  static void compare() {
    placed = compare(Simulation.Settings.standard(), LEARNERS);
    unplaced = compare(Simulation.Settings.standard().withPlacementQuestions(0), LEARNERS);
  }

  /** With placement first, the policy needs at least 30 % fewer exercises than linear. */
  @Test
  void policyWithPlacementNeedsFewerExercises() {
    assertThat(placed.exerciseReduction(), greaterThanOrEqualTo(0.30));
  }

  /**
   * Placement's "already known" skips practice; the skills it got wrong cost a few points of
   * post-test, never more than five.
   */
  @Test
  void placementCostsLittlePostTest() {
    assertThat(placed.postTestDifference(), greaterThanOrEqualTo(-0.05));
  }

  /** Without placement, the policy still saves 30 % of the exercises at an equal post-test. */
  @Test
  void policyWithoutPlacementSavesAtEqualPostTest() {
    assertThat(unplaced.exerciseReduction(), greaterThanOrEqualTo(0.30));
    assertThat(unplaced.postTestDifference(), greaterThanOrEqualTo(-0.015));
  }

  /** Placement classifies at least 85 % of the skills right (known / unknown). */
  @Test
  void placementClassifiesSkills() {
    assertThat(placed.policy().placementAccuracy(), greaterThanOrEqualTo(0.85));
    assertThat(Double.isNaN(placed.linear().placementAccuracy()), is(true));
  }

  /** Random order is the slowest teacher. */
  @Test
  void randomOrderIsSlowest() {
    assertThat(placed.random().meanExercises(), greaterThan(placed.linear().meanExercises()));
    assertThat(placed.random().meanExercises(), greaterThan(placed.policy().meanExercises()));
  }

  /** The same seed gives the same figures. */
  @Test
  void deterministic() {
    assertThat(
        compare(Simulation.Settings.standard(), 20),
        is(compare(Simulation.Settings.standard(), 20)));
  }
}
