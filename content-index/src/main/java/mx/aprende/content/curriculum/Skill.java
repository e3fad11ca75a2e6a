package mx.aprende.content.curriculum;

import java.util.List;

/** A skill a learner can master; {@code prerequisites} are skill ids and form a DAG. */
public record Skill(String id, String name, List<String> prerequisites, Location location) {
  /** Copies the list. */
  public Skill {
    prerequisites = List.copyOf(prerequisites);
  }
}
