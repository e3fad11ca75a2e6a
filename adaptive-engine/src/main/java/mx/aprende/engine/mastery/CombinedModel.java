package mx.aprende.engine.mastery;

/**
 * One model for predicting success and another for the per-skill mastery estimate: the product
 * predicts with the logistic model that wins on held-out data and shows BKT's "P(knows the skill)"
 * as mastery. Both traces observe every attempt.
 */
public final class CombinedModel implements MasteryModel {

  private final MasteryModel predictor;
  private final MasteryModel mastery;

  /** Predictions from {@code predictor}, mastery from {@code mastery}. */
  public CombinedModel(MasteryModel predictor, MasteryModel mastery) {
    this.predictor = predictor;
    this.mastery = mastery;
  }

  @Override
  public String name() {
    return predictor.name() + "+" + mastery.name();
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
