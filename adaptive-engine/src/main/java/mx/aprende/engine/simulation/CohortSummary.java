package mx.aprende.engine.simulation;

import java.util.Arrays;
import java.util.List;

/**
 * What one kind of teacher achieved with a cohort.
 *
 * @param teacher the teacher's short name
 * @param learners cohort size
 * @param meanExercises mean exercises per learner (placement and reviews included)
 * @param medianExercises median exercises
 * @param p90Exercises 90th percentile of exercises
 * @param meanPlacementQuestions mean placement questions (0 without placement)
 * @param meanReviews mean spaced reviews
 * @param masteredShare share of learners who reached the engine's mastery criterion
 * @param cappedShare share stopped by the exercise cap
 * @param meanPostTest mean share of the module's skills truly known at the post-test
 * @param postTestStdError standard error of {@code meanPostTest}
 * @param placementAccuracy mean share of skills placement classified right; NaN without
 */
public record CohortSummary(
    String teacher,
    int learners,
    double meanExercises,
    double medianExercises,
    double p90Exercises,
    double meanPlacementQuestions,
    double meanReviews,
    double masteredShare,
    double cappedShare,
    double meanPostTest,
    double postTestStdError,
    double placementAccuracy) {

  /** The summary of {@code outcomes} under {@code teacher}. */
  public static CohortSummary of(String teacher, List<Simulation.Outcome> outcomes) {
    int n = outcomes.size();
    if (n == 0) {
      throw new IllegalArgumentException("no outcomes");
    }
    int[] exercises = outcomes.stream().mapToInt(Simulation.Outcome::exercises).sorted().toArray();
    double[] post = outcomes.stream().mapToDouble(Simulation.Outcome::postTest).toArray();
    double meanPost = Arrays.stream(post).average().orElseThrow();
    double variance =
        Arrays.stream(post).map(x -> (x - meanPost) * (x - meanPost)).sum() / Math.max(1, n - 1);
    return new CohortSummary(
        teacher,
        n,
        Arrays.stream(exercises).average().orElseThrow(),
        quantile(exercises, 0.5),
        quantile(exercises, 0.9),
        outcomes.stream().mapToInt(Simulation.Outcome::placementQuestions).average().orElseThrow(),
        outcomes.stream().mapToInt(Simulation.Outcome::reviews).average().orElseThrow(),
        share(outcomes, Simulation.Stop.MASTERED),
        share(outcomes, Simulation.Stop.CAPPED),
        meanPost,
        Math.sqrt(variance / n),
        outcomes.stream()
            .mapToDouble(Simulation.Outcome::placementAccuracy)
            .filter(x -> !Double.isNaN(x))
            .average()
            .orElse(Double.NaN));
  }

  private static double quantile(int[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int low = (int) Math.floor(position);
    int high = (int) Math.ceil(position);
    return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
  }

  private static double share(List<Simulation.Outcome> outcomes, Simulation.Stop stop) {
    return outcomes.stream().filter(o -> o.stop() == stop).count() / (double) outcomes.size();
  }
}
