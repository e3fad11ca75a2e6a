package mx.aprende.content.curriculum;

import java.util.List;

/** The three-step hint ladder: a nudge, the key step, then nearly the answer. */
public record Hints(String nudge, String keyStep, String nearlyAnswer) {
  /** The hints in the order they are given. */
  public List<String> asList() {
    return List.of(nudge, keyStep, nearlyAnswer);
  }
}
