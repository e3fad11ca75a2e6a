package mx.aprende.engine.mastery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticFitterTest {

  /** IRT recovers item easiness from 2,000 learners who each answer 20 items. */
  @Test
  void irtRecoversItemEasiness() {
    SplittableRandom random = new SplittableRandom(5);
    double[] easiness = {-1.5, -0.5, 0.0, 0.7, 1.4};
    List<LearnerHistory> histories = new ArrayList<>();
    for (int l = 0; l < 2000; l++) {
      List<Attempt> attempts = new ArrayList<>();
      for (int t = 0; t < 20; t++) {
        int i = random.nextInt(easiness.length);
        boolean correct = random.nextDouble() < LogisticModel.sigmoid(easiness[i]);
        attempts.add(Attempt.of(Item.of("item" + i, "s"), correct));
      }
      histories.add(new LearnerHistory("l" + l, attempts));
    }
    LogisticModel model =
        new LogisticFitter(FeatureSet.IRT, LogisticFitter.Options.standard()).fit(histories);
    for (int i = 0; i < easiness.length; i++) {
      // The global bias absorbs the mean easiness: compare bias + item weight to the truth.
      assertThat(model.bias() + model.itemWeight("item" + i), closeTo(easiness[i], 0.1));
    }
  }

  /** PFA recovers the skill intercept and the success and failure slopes of simulated learners. */
  @Test
  void pfaRecoversCountWeights() {
    SplittableRandom random = new SplittableRandom(9);
    double intercept = -1.0;
    double winSlope = 0.3;
    double failSlope = 0.1;
    List<LearnerHistory> histories = new ArrayList<>();
    Item item = Item.of("q", "s");
    for (int l = 0; l < 3000; l++) {
      List<Attempt> attempts = new ArrayList<>();
      int wins = 0;
      int fails = 0;
      for (int t = 0; t < 12; t++) {
        double p = LogisticModel.sigmoid(intercept + winSlope * wins + failSlope * fails);
        boolean correct = random.nextDouble() < p;
        attempts.add(Attempt.of(item, correct));
        if (correct) {
          wins++;
        } else {
          fails++;
        }
      }
      histories.add(new LearnerHistory("l" + l, attempts));
    }
    LogisticModel model =
        new LogisticFitter(FeatureSet.PFA, LogisticFitter.Options.standard()).fit(histories);
    assertThat(model.bias() + model.skillWeight("s"), closeTo(intercept, 0.08));
    assertThat(model.skillWinsWeight("s"), closeTo(winSlope, 0.03));
    assertThat(model.skillOtherWeight("s"), closeTo(failSlope, 0.03));
  }

  /** A Best-LR trace predicts better after successes and ignores unseen items and skills. */
  @Test
  void bestLrTraceUsesCounts() {
    SplittableRandom random = new SplittableRandom(1);
    List<LearnerHistory> histories = new ArrayList<>();
    Item item = Item.of("q", "s");
    for (int l = 0; l < 500; l++) {
      double ability = random.nextGaussian();
      List<Attempt> attempts = new ArrayList<>();
      for (int t = 0; t < 10; t++) {
        attempts.add(Attempt.of(item, random.nextDouble() < LogisticModel.sigmoid(ability)));
      }
      histories.add(new LearnerHistory("l" + l, attempts));
    }
    LogisticModel model =
        new LogisticFitter(FeatureSet.BEST_LR, LogisticFitter.Options.standard()).fit(histories);
    LearnerTrace strong = model.newLearner();
    LearnerTrace weak = model.newLearner();
    for (int t = 0; t < 5; t++) {
      strong.observe(Attempt.of(item, true));
      weak.observe(Attempt.of(item, false));
    }
    assertThat(strong.predict(item), greaterThan(weak.predict(item)));
    assertThat(strong.mastery("s"), greaterThan(weak.mastery("s")));
    assertThat(model.itemWeight("never-seen"), is(0.0));
    assertThat(model.newLearner().predict(Item.of("new", "new-skill")), lessThan(1.0));
  }
}
