package mx.aprende.engine.mastery;

import java.util.List;

/**
 * An exercise as the mastery models see it: its identifier and the skills (knowledge components) it
 * exercises. An item always has at least one skill.
 */
public record Item(String id, List<String> skills) {

  /** Validates and copies the skills. */
  public Item {
    if (id.isEmpty()) {
      throw new IllegalArgumentException("item id must not be empty");
    }
    skills = List.copyOf(skills);
    if (skills.isEmpty()) {
      throw new IllegalArgumentException("item " + id + " has no skill");
    }
  }

  /** An item exercising a single skill. */
  public static Item of(String id, String skill) {
    return new Item(id, List.of(skill));
  }
}
