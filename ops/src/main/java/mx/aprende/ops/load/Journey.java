package mx.aprende.ops.load;

import java.util.List;

/**
 * A realistic sequence of messages: the {@code first} steps once (a new learner's onboarding), then
 * {@code steps}; a learner who reaches the end of them starts them again, as a returning learner.
 *
 * @param name for the report
 * @param weight relative share of learners following it; positive
 * @param first what a new learner sends once, before the steps (may be empty)
 * @param steps what the learner sends, in order, over and over; not empty
 */
record Journey(String name, int weight, List<Step> first, List<Step> steps) {
  Journey {
    first = List.copyOf(first);
    steps = List.copyOf(steps);
    if (weight <= 0 || steps.isEmpty()) {
      throw new IllegalArgumentException("journey " + name + " needs a positive weight and steps");
    }
  }

  /** A journey without first steps. */
  Journey(String name, int weight, List<Step> steps) {
    this(name, weight, List.of(), steps);
  }

  Step step(int index) {
    return index < first.size()
        ? first.get(index)
        : steps.get((index - first.size()) % steps.size());
  }
}
