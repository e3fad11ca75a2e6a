package mx.aprende.engine.simulation;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.LearnerState;

/**
 * Picks an item of the course uniformly at random each time, giving a skill's lesson the first time
 * one of its items comes up.
 */
public final class RandomTeacher implements Teacher {

  private final List<Item> items;
  private final RandomGenerator random;
  private Optional<Item> pending = Optional.empty();

  /** Random order over {@code course}'s items, drawn from {@code random}. */
  public RandomTeacher(Course course, RandomGenerator random) {
    this.items = course.catalog().items();
    this.random = random;
  }

  @Override
  public Activity next(LearnerState state, LearnerTrace trace) {
    if (items.isEmpty()) {
      return new Activity.Blocked("The course has no items.");
    }
    Item item = pending.orElseGet(() -> items.get(random.nextInt(items.size())));
    for (String skill : item.skills()) {
      if (!state.skill(skill).introduced()) {
        pending = Optional.of(item);
        return new Activity.NewLesson(skill, "Lesson before a random item.");
      }
    }
    pending = Optional.empty();
    return new Activity.Practice(
        item.skills().get(0), item.id(), trace.predict(item), "Random item.");
  }
}
