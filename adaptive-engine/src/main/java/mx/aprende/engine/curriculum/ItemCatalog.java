package mx.aprende.engine.curriculum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.aprende.engine.mastery.Item;

/** The practice items available for each skill, in catalogue order. Immutable. */
public final class ItemCatalog {

  private final List<Item> items;
  private final Map<String, List<Item>> bySkill;

  private ItemCatalog(List<Item> items, Map<String, List<Item>> bySkill) {
    this.items = items;
    this.bySkill = bySkill;
  }

  /** A catalogue of {@code items}; an item with several skills is listed under each. */
  public static ItemCatalog of(List<Item> items) {
    Map<String, List<Item>> bySkill = new HashMap<>();
    for (Item item : items) {
      for (String skill : item.skills()) {
        bySkill.computeIfAbsent(skill, s -> new ArrayList<>()).add(item);
      }
    }
    Map<String, List<Item>> frozen = new HashMap<>();
    bySkill.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new ItemCatalog(List.copyOf(items), Map.copyOf(frozen));
  }

  /** Every item. */
  public List<Item> items() {
    return items;
  }

  /** Items exercising {@code skill}; empty when none. */
  public List<Item> forSkill(String skill) {
    return bySkill.getOrDefault(skill, List.of());
  }
}
