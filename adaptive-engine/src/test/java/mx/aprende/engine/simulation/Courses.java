package mx.aprende.engine.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.aprende.engine.curriculum.ItemCatalog;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.mastery.Item;

/** Small courses for the simulation tests. */
final class Courses {

  static final String MODULE = "M";

  private Courses() {}

  /**
   * Eight skills in module {@code M}: s0 → (s1, s2) → s3 → (s4, s5) → s6 → s7, four items each with
   * difficulties 1, 2, 2, 3.
   */
  static Course diamond() {
    List<Skill> skills =
        List.of(
            skill("s0"),
            skill("s1", "s0"),
            skill("s2", "s0"),
            skill("s3", "s1", "s2"),
            skill("s4", "s3"),
            skill("s5", "s3"),
            skill("s6", "s4", "s5"),
            skill("s7", "s6"));
    List<Item> items = new ArrayList<>();
    Map<String, Integer> difficulty = new HashMap<>();
    int[] levels = {1, 2, 2, 3};
    for (Skill s : skills) {
      for (int i = 0; i < levels.length; i++) {
        Item item = Item.of(s.id() + "-" + i, s.id());
        items.add(item);
        difficulty.put(item.id(), levels[i]);
      }
    }
    return new Course(SkillGraph.of(skills), ItemCatalog.of(items), difficulty);
  }

  private static Skill skill(String id, String... prerequisites) {
    return new Skill(id, MODULE, List.of(prerequisites));
  }
}
