package mx.aprende.engine.simulation;

import java.util.ArrayList;
import java.util.List;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerTrace;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.LearnerState;

/**
 * The fixed sequence of a workbook: skills in curriculum order, each one's lesson followed by
 * {@code perSkill} of its items (cycling through them when it has fewer), then the next skill. At
 * the end of the sequence it starts again (lessons are not repeated) until {@code passes} passes
 * are done; then it is {@link Activity.Blocked}.
 */
public final class LinearTeacher implements Teacher {

  private record Step(String skill, Item item) {}

  private final List<Step> sequence = new ArrayList<>();
  private final int passes;
  private int position;

  /**
   * A sequence over {@code course} with {@code perSkill} items per skill, at most {@code passes}.
   */
  public LinearTeacher(Course course, int perSkill, int passes) {
    if (perSkill < 1 || passes < 1) {
      throw new IllegalArgumentException("at least one item per skill and one pass");
    }
    for (Skill s : course.graph().skills()) {
      List<Item> items = course.catalog().forSkill(s.id());
      for (int i = 0; i < perSkill && !items.isEmpty(); i++) {
        sequence.add(new Step(s.id(), items.get(i % items.size())));
      }
    }
    this.passes = passes;
  }

  @Override
  public Activity next(LearnerState state, LearnerTrace trace) {
    if (sequence.isEmpty() || position / sequence.size() >= passes) {
      return new Activity.Blocked("The fixed sequence is over.");
    }
    Step step = sequence.get(position % sequence.size());
    if (!state.skill(step.skill()).introduced()) {
      return new Activity.NewLesson(step.skill(), "Next lesson of the fixed sequence.");
    }
    position++;
    return new Activity.Practice(
        step.skill(), step.item().id(), trace.predict(step.item()), "Next item of the sequence.");
  }
}
