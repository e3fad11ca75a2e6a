package mx.aprende.engine.curriculum;

import java.util.List;

/** A skill of the curriculum, the module it belongs to, and the skills it directly requires. */
public record Skill(String id, String module, List<String> prerequisites) {

  /** Copies the prerequisites. */
  public Skill {
    if (id.isEmpty() || module.isEmpty()) {
      throw new IllegalArgumentException("skill and module ids must not be empty");
    }
    prerequisites = List.copyOf(prerequisites);
  }
}
