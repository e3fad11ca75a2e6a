package mx.aprende.engine.evaluation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerHistory;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.mastery.MasteryModel;
import org.junit.jupiter.api.Test;

class ReplayTest {

  /** A model that predicts the share of earlier correct answers (0.5 before any). */
  private static final class RunningMean implements MasteryModel {
    @Override
    public String name() {
      return "mean";
    }

    @Override
    public LearnerTrace newLearner() {
      return new LearnerTrace() {
        int seen;
        int right;

        @Override
        public double predict(Item item) {
          return seen == 0 ? 0.5 : right / (double) seen;
        }

        @Override
        public void observe(Attempt attempt) {
          seen++;
          right += attempt.correct() ? 1 : 0;
        }

        @Override
        public double mastery(String skill) {
          return predict(Item.of("any", skill));
        }
      };
    }
  }

  /** Each answer is predicted before it is observed, and every learner starts fresh. */
  @Test
  void predictsBeforeObserving() {
    Item item = Item.of("q", "s");
    List<LearnerHistory> learners =
        List.of(
            new LearnerHistory(
                "a",
                List.of(Attempt.of(item, true), Attempt.of(item, true), Attempt.of(item, false))),
            new LearnerHistory("b", List.of(Attempt.of(item, false))));
    Predictions p = Replay.run(new RunningMean(), learners);
    assertThat(p.size(), is(4));
    assertThat(p.probability(0), is(0.5));
    assertThat(p.probability(1), is(1.0));
    assertThat(p.probability(2), is(1.0));
    assertThat(p.probability(3), is(0.5));
    assertThat(p.correct(2), is(false));
  }
}
