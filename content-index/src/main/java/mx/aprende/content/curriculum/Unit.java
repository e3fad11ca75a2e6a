package mx.aprende.content.curriculum;

import java.util.List;

/** One unit file: the skills it introduces, its lessons, exercises and generators. */
public record Unit(
    String id,
    String moduleId,
    String title,
    List<Skill> skills,
    List<Lesson> lessons,
    List<Exercise> exercises,
    List<GeneratorSpec> generators,
    Location location) {
  /** Copies the lists. */
  public Unit {
    skills = List.copyOf(skills);
    lessons = List.copyOf(lessons);
    exercises = List.copyOf(exercises);
    generators = List.copyOf(generators);
  }
}
