package mx.aprende.content.curriculum;

import java.util.List;
import java.util.Optional;

/**
 * One exercise: a prompt, its typed {@link Answer}, three hints, a worked solution, a difficulty
 * from 1 to 5 and the skills it practises. {@code compute} is the exact expression whose value is
 * the answer (mathematics).
 */
public record Exercise(
    String id,
    List<String> skills,
    int difficulty,
    String prompt,
    Answer answer,
    Optional<String> compute,
    Hints hints,
    String solution,
    Location location) {
  /** Copies the skills. */
  public Exercise {
    skills = List.copyOf(skills);
  }
}
