package mx.aprende.content.curriculum;

import java.util.List;
import java.util.Map;

/**
 * A parametrised practice source declared in a unit: the registered {@code generator} name, the
 * skills its items practise, their difficulty and the generator's parameters (kebab-case keys,
 * scalar values kept as written).
 */
public record GeneratorSpec(
    String id,
    String generator,
    List<String> skills,
    int difficulty,
    Map<String, String> params,
    Location location) {
  /** Copies the collections. */
  public GeneratorSpec {
    skills = List.copyOf(skills);
    params = Map.copyOf(params);
  }

  /** The integer list parameter {@code name} ({@code [5, 10]}), or {@code fallback} when absent. */
  public List<Integer> intListParam(String name, List<Integer> fallback) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return java.util.Arrays.stream(value.split(","))
          .map(String::trim)
          .map(Integer::parseInt)
          .toList();
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The integer parameter {@code name}, or {@code fallback} when absent or not an integer. */
  public int intParam(String name, int fallback) {
    String value = params.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
