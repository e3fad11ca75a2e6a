package mx.aprende.engine.simulation;

import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.mastery.MasteryModel;

/**
 * The product's pairing (see the module README): success predicted by one model (best-lr+), mastery
 * read from another (BKT). Both traces observe every attempt.
 */
record SplitModel(MasteryModel predictor, MasteryModel mastery) implements MasteryModel {

  @Override
  public String name() {
    return predictor.name() + "/" + mastery.name();
  }

  @Override
  public LearnerTrace newLearner() {
    LearnerTrace p = predictor.newLearner();
    LearnerTrace m = mastery.newLearner();
    return new LearnerTrace() {
      @Override
      public double predict(Item item) {
        return p.predict(item);
      }

      @Override
      public void observe(Attempt attempt) {
        p.observe(attempt);
        m.observe(attempt);
      }

      @Override
      public double mastery(String skill) {
        return m.mastery(skill);
      }
    };
  }
}
