package mx.aprende.bot.tutor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HashMap;
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
import mx.aprende.content.text.TextFolding;

/**
 * The tutor that needs no language model: the best matching passage of the curriculum, shortened to
 * fit a phone screen, with the lesson it comes from. When nothing matches well enough it says so
 * and suggests how to ask, rather than answering with something unrelated.
 */
public final class RetrievalTutor implements Tutor {

  /**
   * Below this Lucene score the best hit is more likely noise than an answer (golden vs off-topic
   * questions).
   */
  static final float MIN_SCORE = 3.0f;

  static final int MAX_SNIPPET = 700;

  private final CurriculumSearch search;
  private final Map<String, Source> sources;
  private final Cache<String, Answer> answers =
      Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofHours(6)).build();

  public RetrievalTutor(CurriculumSearch search, Curriculum curriculum) {
    this.search = search;
    this.sources = sources(curriculum);
  }

  @Override
  public Answer answer(Question question) {
    String key = question.moduleId().orElse("") + "|" + normalise(question.question());
    return answers.get(key, k -> lookUp(question));
  }

  private Answer lookUp(Question question) {
    List<Hit> hits = search.search(SearchRequest.of(question.question()).withLimit(3));
    if (hits.isEmpty() || hits.getFirst().score() < MIN_SCORE) {
      return new Answer(Texts.NOT_FOUND, Optional.empty());
    }
    Hit best = hits.getFirst();
    Optional<Source> source = Optional.ofNullable(sources.get(best.lessonId()));
    String snippet = shorten(best.snippet().strip(), MAX_SNIPPET);
    String cite =
        source
            .map(s -> "\n\n📖 Lo vimos en *" + s.moduleTitle() + " › " + s.lessonTitle() + "*.")
            .orElse("");
    return new Answer(Texts.FOUND_INTRO + "\n\n" + snippet + cite, source);
  }

  private static Map<String, Source> sources(Curriculum curriculum) {
    Map<String, Source> map = new HashMap<>();
    for (Module module : curriculum.modules()) {
      for (Unit unit : module.units()) {
        for (Lesson lesson : unit.lessons()) {
          map.put(lesson.id(), new Source(lesson.id(), module.title(), lesson.title()));
        }
      }
    }
    return Map.copyOf(map);
  }

  /** Case, accents and spacing do not make a different question (for the answer cache). */
  static String normalise(String question) {
    // Words as TextFolding folds them, keeping % and / which change the question ("15% de 200").
    return TextFolding.fold(question).replaceAll("[^\\p{L}\\p{N}%/]+", " ").strip();
  }

  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
  }

  /** The tutor's own words (Spanish for Mexican adults). */
  static final class Texts {
    static final String FOUND_INTRO = "Esto te puede ayudar:";
    static final String NOT_FOUND =
        "No encontré eso en las lecciones. 🤔 Pregúntame con otras palabras sobre lo que estudias,"
            + " por ejemplo: *¿cómo se suman las fracciones?*";

    private Texts() {}
  }
}
