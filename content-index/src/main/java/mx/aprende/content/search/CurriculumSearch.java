package mx.aprende.content.search;

import java.util.List;

/**
 * Finds lessons for a learner's question. Implementations are thread-safe; hits are distinct
 * lessons, best first.
 */
public interface CurriculumSearch {
  /** Lessons matching {@code request}, best first, at most {@code request.limit()}. */
  List<Hit> search(SearchRequest request);

  /** Up to {@code k} lessons close to lesson {@code lessonId} (empty when it is unknown). */
  List<Hit> related(String lessonId, int k);
}
