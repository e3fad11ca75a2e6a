package mx.aprende.engine.mastery;

/**
 * The five parameters of Bayesian Knowledge Tracing for one skill, all probabilities.
 *
 * @param prior P(skill known before the first attempt)
 * @param learn P(unknown → known) after an attempt
 * @param forget P(known → unknown) after an attempt; 0 in classic BKT
 * @param guess P(correct | unknown)
 * @param slip P(wrong | known)
 */
public record BktParameters(double prior, double learn, double forget, double guess, double slip) {

  /** Defaults for a skill with no data: the centre of the priors the fitter uses. */
  public static final BktParameters DEFAULT = new BktParameters(0.4, 0.1, 0.0, 0.2, 0.1);

  /** Rejects values outside [0, 1]. */
  public BktParameters {
    check("prior", prior);
    check("learn", learn);
    check("forget", forget);
    check("guess", guess);
    check("slip", slip);
  }

  /** P(correct) for a learner who knows the skill with probability {@code known}. */
  public double correctGiven(double known) {
    return known * (1 - slip) + (1 - known) * guess;
  }

  /** P(known) after observing an answer and the learning transition that follows it. */
  public double update(double known, boolean correct) {
    double posterior;
    if (correct) {
      double k = known * (1 - slip);
      posterior = k / (k + (1 - known) * guess);
    } else {
      double k = known * slip;
      posterior = k / (k + (1 - known) * (1 - guess));
    }
    return posterior * (1 - forget) + (1 - posterior) * learn;
  }

  private static void check(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be a probability, was " + value);
    }
  }
}
