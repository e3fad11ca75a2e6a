package mx.aprende.content.curriculum;

import java.util.List;

/**
 * What loading produced: the curriculum built from everything readable, and the problems met on the
 * way (items with a problem that prevents building them are left out of the curriculum).
 */
public record LoadResult(Curriculum curriculum, List<Problem> problems) {
  /** Copies the problems. */
  public LoadResult {
    problems = List.copyOf(problems);
  }
}
