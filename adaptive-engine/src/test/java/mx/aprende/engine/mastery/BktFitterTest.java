package mx.aprende.engine.mastery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BktFitterTest {

  /** Learners simulated from known BKT parameters. */
  static List<LearnerHistory> simulate(
      BktParameters truth, String skill, int learners, int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Item item = Item.of("i-" + skill, skill);
    List<LearnerHistory> histories = new ArrayList<>();
    for (int l = 0; l < learners; l++) {
      boolean known = random.nextDouble() < truth.prior();
      List<Attempt> attempts = new ArrayList<>();
      for (int t = 0; t < length; t++) {
        boolean correct =
            known ? random.nextDouble() >= truth.slip() : random.nextDouble() < truth.guess();
        attempts.add(Attempt.of(item, correct));
        known = known ? random.nextDouble() >= truth.forget() : random.nextDouble() < truth.learn();
      }
      histories.add(new LearnerHistory("l" + l, attempts));
    }
    return histories;
  }

  /** EM recovers the parameters that generated 3,000 learners of 20 attempts. */
  @Test
  void recoversKnownParameters() {
    BktParameters truth = new BktParameters(0.3, 0.15, 0.0, 0.25, 0.08);
    BktModel model =
        new BktFitter(BktFitter.Options.standard()).fit("bkt", simulate(truth, "s", 3000, 20, 7));
    BktParameters fitted = model.parameters("s");
    assertThat(fitted.prior(), closeTo(truth.prior(), 0.04));
    assertThat(fitted.learn(), closeTo(truth.learn(), 0.03));
    assertThat(fitted.guess(), closeTo(truth.guess(), 0.03));
    assertThat(fitted.slip(), closeTo(truth.slip(), 0.03));
    assertThat(fitted.forget(), is(0.0));
  }

  /** With forgetting enabled, EM also recovers a non-zero forget rate. */
  @Test
  void recoversForgetting() {
    BktParameters truth = new BktParameters(0.4, 0.2, 0.1, 0.2, 0.1);
    BktModel model =
        new BktFitter(BktFitter.Options.standard().withForgetting())
            .fit("bkt-forget", simulate(truth, "s", 3000, 25, 11));
    BktParameters fitted = model.parameters("s");
    assertThat(fitted.forget(), closeTo(truth.forget(), 0.03));
    assertThat(fitted.learn(), closeTo(truth.learn(), 0.04));
    assertThat(fitted.guess(), closeTo(truth.guess(), 0.04));
    assertThat(fitted.slip(), closeTo(truth.slip(), 0.04));
  }

  /** A skill seen in two short sequences stays near the defaults instead of degenerating. */
  @Test
  void littleDataStaysNearDefaults() {
    Item item = Item.of("x", "rare");
    List<LearnerHistory> histories =
        List.of(
            new LearnerHistory("a", List.of(Attempt.of(item, true), Attempt.of(item, true))),
            new LearnerHistory("b", List.of(Attempt.of(item, true))));
    BktParameters fitted =
        new BktFitter(BktFitter.Options.standard()).fit("bkt", histories).parameters("rare");
    BktParameters d = BktParameters.DEFAULT;
    assertThat(fitted.learn(), closeTo(d.learn(), 0.1));
    assertThat(fitted.slip(), closeTo(d.slip(), 0.1));
    assertThat(fitted.guess(), closeTo(d.guess(), 0.25));
  }

  /** Very long sequences (thousands of answers, as in merged logs) do not underflow to NaN. */
  @Test
  void longSequencesStayFinite() {
    Item item = Item.of("q", "long");
    java.util.List<Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      attempts.add(Attempt.of(item, i < 3000 || i % 7 == 0));
    }
    BktParameters fitted =
        new BktFitter(BktFitter.Options.standard().withForgetting())
            .fit("bkt", List.of(new LearnerHistory("a", attempts)))
            .parameters("long");
    assertThat(Double.isFinite(fitted.prior() + fitted.learn() + fitted.forget()), is(true));
    assertThat(Double.isFinite(fitted.guess() + fitted.slip()), is(true));
  }

  /** Fitting twice gives identical parameters (restarts are seeded per skill). */
  @Test
  void fittingIsDeterministic() {
    BktParameters truth = new BktParameters(0.5, 0.1, 0.0, 0.2, 0.1);
    List<LearnerHistory> data = simulate(truth, "s", 300, 10, 3);
    BktFitter fitter = new BktFitter(BktFitter.Options.standard());
    assertThat(fitter.fit("a", data).parameters("s"), is(fitter.fit("b", data).parameters("s")));
  }

  /** Unseen skills use the defaults; tracing raises mastery after correct answers. */
  @Test
  void traceRaisesMasteryAfterCorrectAnswers() {
    BktModel model = new BktModel("bkt", java.util.Map.of(), BktParameters.DEFAULT);
    LearnerTrace trace = model.newLearner();
    Item item = Item.of("q", "fractions");
    double before = trace.predict(item);
    assertThat(trace.mastery("fractions"), is(BktParameters.DEFAULT.prior()));
    trace.observe(Attempt.of(item, true));
    trace.observe(Attempt.of(item, true));
    assertThat(trace.predict(item), greaterThan(before));
    assertThat(trace.mastery("fractions"), greaterThan(0.9));
  }
}
