package mx.aprende.engine.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mx.aprende.engine.EngineException;
import mx.aprende.engine.curriculum.ItemCatalog;
import mx.aprende.engine.curriculum.Skill;
import mx.aprende.engine.curriculum.SkillGraph;
import mx.aprende.engine.mastery.Item;

/**
 * What the simulation teaches: the skill graph, the practice items, and each item's difficulty (1 =
 * easiest … 5), from which the simulator derives guess and slip.
 */
public record Course(SkillGraph graph, ItemCatalog catalog, Map<String, Integer> difficulty) {

  /** Copies the difficulties; every catalogue item needs one. */
  public Course {
    difficulty = Map.copyOf(difficulty);
    for (Item item : catalog.items()) {
      if (!difficulty.containsKey(item.id())) {
        throw new EngineException("item " + item.id() + " has no difficulty");
      }
    }
  }

  /** The difficulty of {@code item}. */
  public int difficulty(Item item) {
    return difficulty.get(item.id());
  }

  /**
   * The course of one module, as met by a learner who has finished the modules it builds on:
   * prerequisites outside the module are taken as known and dropped, and items keep only their
   * skills of the module (items with none are dropped).
   */
  public Course module(String module) {
    List<Skill> skills = graph.module(module);
    if (skills.isEmpty()) {
      throw new EngineException("unknown module " + module);
    }
    Set<String> inside = skills.stream().map(Skill::id).collect(Collectors.toSet());
    List<Skill> restricted = new ArrayList<>();
    for (Skill s : skills) {
      restricted.add(
          new Skill(
              s.id(), s.module(), s.prerequisites().stream().filter(inside::contains).toList()));
    }
    List<Item> items = new ArrayList<>();
    Map<String, Integer> difficulties = new HashMap<>();
    for (Item item : catalog.items()) {
      List<String> own = item.skills().stream().filter(inside::contains).toList();
      if (!own.isEmpty()) {
        items.add(new Item(item.id(), own));
        difficulties.put(item.id(), difficulty.get(item.id()));
      }
    }
    return new Course(SkillGraph.of(restricted), ItemCatalog.of(items), difficulties);
  }
}
