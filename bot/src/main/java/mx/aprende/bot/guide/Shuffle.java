package mx.aprende.bot.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The order in which a guide shows an exercise's options or items: shuffled, but the same every
 * time for the same exercise (seeded by its id), so the practice page and the answer key agree and
 * a re-rendered guide reads the same.
 */
final class Shuffle {
  private Shuffle() {}

  /**
   * A permutation of {@code 0..size-1} seeded by {@code seed}: position {@code i} shows element
   * {@code result.get(i)}. With {@code notInOrder} and two or more elements, never the identity,
   * because ordering items listed in their correct order would give the answer away.
   */
  static List<Integer> order(String seed, int size, boolean notInOrder) {
    RandomGenerator random = new SplittableRandom(seed.hashCode());
    List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Integer swapped = order.get(i);
      order.set(i, order.get(j));
      order.set(j, swapped);
    }
    if (notInOrder && size > 1 && isIdentity(order)) {
      order.add(order.removeFirst());
    }
    return List.copyOf(order);
  }

  private static boolean isIdentity(List<Integer> order) {
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i) != i) {
        return false;
      }
    }
    return true;
  }
}
