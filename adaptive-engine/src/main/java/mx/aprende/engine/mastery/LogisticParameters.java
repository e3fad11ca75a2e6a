package mx.aprende.engine.mastery;

import java.util.List;

/**
 * Everything needed to rebuild a {@link LogisticModel}: its feature set, the item and skill ids in
 * index order, and the weights in the model's layout. Used to store and reload fitted models.
 */
public record LogisticParameters(
    FeatureSet features, List<String> items, List<String> skills, double[] weights) {

  /** Copies the lists and the weights (records do not copy arrays by themselves). */
  public LogisticParameters {
    items = List.copyOf(items);
    skills = List.copyOf(skills);
    weights = weights.clone();
  }

  /** A copy of the weights. */
  @Override
  public double[] weights() {
    return weights.clone();
  }
}
