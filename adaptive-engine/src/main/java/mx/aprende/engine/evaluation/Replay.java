package mx.aprende.engine.evaluation;

import java.util.List;
import java.util.function.DoubleConsumer;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.LearnerHistory;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.mastery.MasteryModel;

/**
 * The knowledge-tracing protocol: every test learner starts fresh, and each of their answers is
 * predicted before the model sees it, then observed. Nothing from the test learners reaches the
 * model's parameters.
 */
public final class Replay {

  private Replay() {}

  /** Replays {@code learners} through {@code model}. */
  public static Predictions run(MasteryModel model, List<LearnerHistory> learners) {
    return run(model, learners, fraction -> {});
  }

  /** Replays {@code learners}; {@code progress} receives the fraction of attempts done. */
  public static Predictions run(
      MasteryModel model, List<LearnerHistory> learners, DoubleConsumer progress) {
    long total = learners.stream().mapToLong(h -> h.attempts().size()).sum();
    Predictions predictions = new Predictions();
    long done = 0;
    for (LearnerHistory learner : learners) {
      LearnerTrace trace = model.newLearner();
      for (Attempt attempt : learner.attempts()) {
        predictions.add(trace.predict(attempt.item()), attempt.correct(), attempt.item().skills());
        trace.observe(attempt);
      }
      done += learner.attempts().size();
      progress.accept(total == 0 ? 1.0 : done / (double) total);
    }
    return predictions;
  }
}
