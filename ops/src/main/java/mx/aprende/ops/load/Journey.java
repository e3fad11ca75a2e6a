package mx.aprende.ops.load;

import java.util.List;

/**
 * A realistic sequence of messages; a learner who reaches the end starts again from the first step,
 * as a returning learner.
 *
 * @param name for the report
 * @param weight relative share of learners following it; positive
 * @param steps what the learner sends, in order; not empty
 */
record Journey(String name, int weight, List<Step> steps) {
  Journey {
    steps = List.copyOf(steps);
    if (weight <= 0 || steps.isEmpty()) {
      throw new IllegalArgumentException("journey " + name + " needs a positive weight and steps");
    }
  }

  Step step(int index) {
    return steps.get(index % steps.size());
  }
}
