package mx.aprende.content.curriculum;

import java.util.List;
import java.util.Optional;

/**
 * A short lesson: explanation chunks that each fit a phone screen, worked examples, an optional
 * image reference and an estimate of the minutes it takes.
 */
public record Lesson(
    String id,
    String title,
    int minutes,
    List<String> skills,
    Optional<String> image,
    List<String> chunks,
    List<Example> examples,
    Location location) {
  /** Copies the lists. */
  public Lesson {
    skills = List.copyOf(skills);
    chunks = List.copyOf(chunks);
    examples = List.copyOf(examples);
  }
}
