package mx.aprende.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The order in which an exercise's options or items are shown: shuffled, but always the same for
 * the same exercise (seeded by its id), so "Otra vez" and a resumed session show what the learner
 * saw before, and authors who put the right option first do not give it away.
 */
final class ShownOrder {
  private ShownOrder() {}

  /**
   * A permutation of {@code 0..size-1}: position {@code i} shows element {@code result.get(i)}.
   * With {@code notInOrder}, never the identity (ordering items in their right order).
   */
  static List<Integer> of(String seed, int size, boolean notInOrder) {
    RandomGenerator random = new SplittableRandom(seed.hashCode());
    List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Integer swapped = order.get(i);
      order.set(i, order.get(j));
      order.set(j, swapped);
    }
    if (notInOrder && size > 1 && IntStream.range(0, size).allMatch(i -> order.get(i) == i)) {
      order.add(order.removeFirst());
    }
    return List.copyOf(order);
  }
}
