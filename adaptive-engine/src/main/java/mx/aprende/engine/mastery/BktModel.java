package mx.aprende.engine.mastery;

import java.util.HashMap;
import java.util.Map;

/**
 * Bayesian Knowledge Tracing: one two-state hidden Markov model per skill. An item with several
 * skills is predicted as the mean of its skills' predictions, and every skill is updated with the
 * outcome (the usual "credit every skill" convention).
 */
public final class BktModel implements MasteryModel {

  private final String name;
  private final Map<String, BktParameters> parameters;
  private final BktParameters fallback;

  /** A model with fitted {@code parameters} per skill and {@code fallback} for unseen skills. */
  public BktModel(String name, Map<String, BktParameters> parameters, BktParameters fallback) {
    this.name = name;
    this.parameters = Map.copyOf(parameters);
    this.fallback = fallback;
  }

  @Override
  public String name() {
    return name;
  }

  /** The parameters used for {@code skill} (the fallback when it was never seen in training). */
  public BktParameters parameters(String skill) {
    return parameters.getOrDefault(skill, fallback);
  }

  /** The fitted parameters per skill. */
  public Map<String, BktParameters> fitted() {
    return parameters;
  }

  @Override
  public LearnerTrace newLearner() {
    return new Trace();
  }

  private final class Trace implements LearnerTrace {
    private final Map<String, double[]> known = new HashMap<>();

    private double[] known(String skill) {
      return known.computeIfAbsent(skill, s -> new double[] {parameters(s).prior()});
    }

    @Override
    public double predict(Item item) {
      double sum = 0;
      for (String skill : item.skills()) {
        sum += parameters(skill).correctGiven(known(skill)[0]);
      }
      return sum / item.skills().size();
    }

    @Override
    public void observe(Attempt attempt) {
      for (String skill : attempt.item().skills()) {
        double[] k = known(skill);
        k[0] = parameters(skill).update(k[0], attempt.correct());
      }
    }

    @Override
    public double mastery(String skill) {
      double[] k = known.get(skill);
      return k == null ? parameters(skill).prior() : k[0];
    }
  }
}
