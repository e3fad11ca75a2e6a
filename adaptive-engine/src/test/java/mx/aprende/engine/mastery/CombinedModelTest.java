package mx.aprende.engine.mastery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CombinedModelTest {

  /** Predictions come from the first model, mastery from the second, and both observe. */
  @Test
  void splitsPredictionAndMastery() {
    BktModel predictor = new BktModel("p", Map.of(), new BktParameters(0.5, 0.1, 0, 0.2, 0.1));
    BktModel mastery = new BktModel("m", Map.of(), new BktParameters(0.1, 0.3, 0, 0.25, 0.05));
    CombinedModel combined = new CombinedModel(predictor, mastery);
    LearnerTrace c = combined.newLearner();
    LearnerTrace p = predictor.newLearner();
    LearnerTrace m = mastery.newLearner();
    Item item = Item.of("i", "s");
    for (boolean ok : new boolean[] {true, false, true}) {
      Attempt a = Attempt.of(item, ok);
      c.observe(a);
      p.observe(a);
      m.observe(a);
    }
    assertThat(c.predict(item), is(p.predict(item)));
    assertThat(c.mastery("s"), is(m.mastery("s")));
    assertThat(combined.name(), is("p+m"));
  }
}
