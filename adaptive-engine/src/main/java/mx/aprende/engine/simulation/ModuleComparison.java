package mx.aprende.engine.simulation;

import java.util.List;
import mx.aprende.engine.mastery.BktFitter;
import mx.aprende.engine.mastery.CombinedModel;
import mx.aprende.engine.mastery.FeatureSet;
import mx.aprende.engine.mastery.LearnerHistory;
import mx.aprende.engine.mastery.LogisticFitter;
import mx.aprende.engine.mastery.MasteryModel;

/**
 * The three teachers compared on one module, as the product would run: models fitted on the logs of
 * a separate training cohort (taught by the linear sequence, as before the engine existed), the
 * policy predicting success with best-lr+ and reading mastery from BKT, then the same evaluation
 * cohort taught by each teacher.
 */
public final class ModuleComparison {

  /**
   * The outcome on one module.
   *
   * @param exerciseReduction 1 − policy / linear mean exercises (0.3 = 30 % fewer)
   * @param postTestDifference policy − linear mean post-test
   */
  public record Report(
      String module,
      int skills,
      int items,
      String model,
      CohortSummary policy,
      CohortSummary linear,
      CohortSummary random,
      double exerciseReduction,
      double postTestDifference) {}

  private final Course curriculum;
  private final LearnerSettings learners;
  private final Simulation.Settings settings;

  /** Comparisons over {@code curriculum} (the whole course; each run restricts it to a module). */
  public ModuleComparison(
      Course curriculum, LearnerSettings learners, Simulation.Settings settings) {
    this.curriculum = curriculum;
    this.learners = learners;
    this.settings = settings;
  }

  /**
   * Fits the models on {@code trainingSize} learners, then teaches {@code size} learners (seed
   * {@code seed}) with each teacher.
   */
  public Report compare(String module, int size, int trainingSize, long seed) {
    Course course = curriculum.module(module);
    MasteryModel model = fit(course, module, trainingSize, seed);
    Simulation simulation = new Simulation(course, module, learners, settings, model);
    CohortSummary policy =
        CohortSummary.of(
            Teacher.Kind.POLICY.label(), simulation.run(Teacher.Kind.POLICY, size, seed));
    CohortSummary linear =
        CohortSummary.of(
            Teacher.Kind.LINEAR.label(), simulation.run(Teacher.Kind.LINEAR, size, seed));
    CohortSummary random =
        CohortSummary.of(
            Teacher.Kind.RANDOM.label(), simulation.run(Teacher.Kind.RANDOM, size, seed));
    return new Report(
        module,
        course.graph().skills().size(),
        course.catalog().items().size(),
        model.name(),
        policy,
        linear,
        random,
        1 - policy.meanExercises() / linear.meanExercises(),
        policy.meanPostTest() - linear.meanPostTest());
  }

  /** best-lr+ for prediction and BKT for mastery, both fitted on a training cohort's logs. */
  MasteryModel fit(Course course, String module, int trainingSize, long seed) {
    Simulation bootstrap =
        new Simulation(
            course,
            module,
            learners,
            settings,
            new BktFitter(BktFitter.Options.standard()).fit("bkt", List.of()));
    // A different seed: the evaluation learners are not the ones the models were fitted on.
    List<LearnerHistory> logs = bootstrap.trainingLogs(trainingSize, ~seed);
    MasteryModel bkt = new BktFitter(BktFitter.Options.standard()).fit("bkt", logs);
    MasteryModel bestLr =
        new LogisticFitter(FeatureSet.BEST_LR_PLUS, LogisticFitter.Options.standard()).fit(logs);
    return new CombinedModel(bestLr, bkt);
  }
}
