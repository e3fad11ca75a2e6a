package mx.aprende.engine.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Predicted probabilities with the observed outcomes and the skills of each answer, in replay
 * order. Filled by {@link Replay}; read by {@link Metrics}.
 */
public final class Predictions {

  private double[] probability = new double[1024];
  private boolean[] correct = new boolean[1024];
  private final List<List<String>> skills = new ArrayList<>();
  private int size;

  /** Appends one prediction. */
  public void add(double p, boolean outcome, List<String> skillsOfItem) {
    if (size == probability.length) {
      probability = Arrays.copyOf(probability, size * 2);
      correct = Arrays.copyOf(correct, size * 2);
    }
    probability[size] = p;
    correct[size] = outcome;
    skills.add(skillsOfItem);
    size++;
  }

  /** Number of predictions. */
  public int size() {
    return size;
  }

  /** The i-th predicted probability. */
  public double probability(int i) {
    return probability[i];
  }

  /** The i-th observed outcome. */
  public boolean correct(int i) {
    return correct[i];
  }

  /** The skills of the i-th item. */
  public List<String> skills(int i) {
    return skills.get(i);
  }
}
