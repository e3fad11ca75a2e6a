package mx.aprende.bot.tutor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;
import mx.aprende.content.search.CurriculumSearch;
import mx.aprende.content.search.Hit;
import mx.aprende.content.search.SearchRequest;

/**
 * Finds the lessons that ground an answer: the curriculum search, with the learner's current module
 * preferred when it matches about as well as another one, and each lesson's citation. Thread-safe.
 */
public final class Grounding {

  /**
   * Below this Lucene score the best hit is more likely noise than an answer (golden vs off-topic
   * questions).
   */
  public static final float MIN_SCORE = 3.0f;

  /** A lesson of the current module wins over another one scoring up to this factor more. */
  static final float MODULE_BIAS = 1.3f;

  private final CurriculumSearch search;
  private final Map<String, Tutor.Source> sources;

  public Grounding(CurriculumSearch search, Curriculum curriculum) {
    this.search = search;
    this.sources = sources(curriculum);
  }

  /**
   * Up to {@code k} lessons for {@code text}, best first, lessons of {@code moduleId} lifted by
   * {@link #MODULE_BIAS}; hits below {@link #MIN_SCORE} are dropped.
   */
  public List<Hit> find(String text, Optional<String> moduleId, int k) {
    List<Hit> candidates = new ArrayList<>(search.search(SearchRequest.of(text).withLimit(k * 2)));
    moduleId.ifPresent(
        m -> candidates.addAll(search.search(SearchRequest.of(text).withModule(m).withLimit(k))));
    Map<String, Hit> best = new LinkedHashMap<>();
    for (Hit hit : candidates) {
      if (hit.score() < MIN_SCORE) {
        continue;
      }
      float score =
          moduleId.map(m -> m.equals(hit.moduleId())).orElse(false)
              ? hit.score() * MODULE_BIAS
              : hit.score();
      Hit lifted =
          new Hit(
              hit.lessonId(), hit.title(), hit.moduleId(), hit.snippet(), hit.matchedIn(), score);
      best.merge(hit.lessonId(), lifted, (a, b) -> a.score() >= b.score() ? a : b);
    }
    return best.values().stream()
        .sorted(Comparator.comparingDouble(Hit::score).reversed())
        .limit(k)
        .toList();
  }

  /** The citation of lesson {@code lessonId}, when it is in the curriculum. */
  public Optional<Tutor.Source> source(String lessonId) {
    return Optional.ofNullable(sources.get(lessonId));
  }

  /** "Lo vimos en *Módulo › Lección*." */
  public static String citation(Tutor.Source source) {
    return "📖 Lo vimos en *" + source.moduleTitle() + " › " + source.lessonTitle() + "*.";
  }

  private static Map<String, Tutor.Source> sources(Curriculum curriculum) {
    Map<String, Tutor.Source> map = new HashMap<>();
    for (Module module : curriculum.modules()) {
      for (Unit unit : module.units()) {
        for (Lesson lesson : unit.lessons()) {
          map.put(lesson.id(), new Tutor.Source(lesson.id(), module.title(), lesson.title()));
        }
      }
    }
    return Map.copyOf(map);
  }
}
