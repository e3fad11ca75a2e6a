package mx.aprende.engine.policy;

import java.util.Map;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerTrace;

/** A model belief fixed by the test: mastery per skill and predicted success per item. */
record FixedTrace(Map<String, Double> mastery, Map<String, Double> predictions)
    implements LearnerTrace {

  @Override
  public double predict(Item item) {
    return predictions.getOrDefault(item.id(), 0.5);
  }

  @Override
  public void observe(Attempt attempt) {
    throw new UnsupportedOperationException("fixed");
  }

  @Override
  public double mastery(String skill) {
    return mastery.getOrDefault(skill, 0.1);
  }
}
