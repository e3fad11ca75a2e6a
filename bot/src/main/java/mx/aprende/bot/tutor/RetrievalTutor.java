package mx.aprende.bot.tutor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.search.CurriculumSearch;
import mx.aprende.content.search.Hit;
import mx.aprende.content.text.TextFolding;

/**
 * The tutor that needs no language model: the best matching passage of the curriculum, shortened to
 * fit a phone screen, with the lesson it comes from. When nothing matches well enough it says so
 * and suggests how to ask, rather than answering with something unrelated. Hints are the authored
 * ladder.
 */
public final class RetrievalTutor implements Tutor {

  static final float MIN_SCORE = Grounding.MIN_SCORE;

  static final int MAX_SNIPPET = 700;

  private final Grounding grounding;
  private final Cache<String, Answer> answers =
      Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofHours(6)).build();

  public RetrievalTutor(CurriculumSearch search, Curriculum curriculum) {
    this(new Grounding(search, curriculum));
  }

  public RetrievalTutor(Grounding grounding) {
    this.grounding = grounding;
  }

  @Override
  public Answer answer(Question question) {
    String key = question.moduleId().orElse("") + "|" + normalise(question.question());
    return answers.get(key, k -> lookUp(question));
  }

  private Answer lookUp(Question question) {
    List<Hit> hits = grounding.find(question.question(), question.moduleId(), 3);
    if (hits.isEmpty()) {
      return new Answer(Texts.NOT_FOUND, Optional.empty());
    }
    Hit best = hits.getFirst();
    Optional<Source> source = grounding.source(best.lessonId());
    String snippet = shorten(best.snippet().strip(), MAX_SNIPPET);
    String cite = source.map(s -> "\n\n" + Grounding.citation(s)).orElse("");
    return new Answer(Texts.FOUND_INTRO + "\n\n" + snippet + cite, source);
  }

  /** Case, accents and spacing do not make a different question (for the answer cache). */
  public static String normalise(String question) {
    // Words as TextFolding folds them, keeping % and / which change the question ("15% de 200").
    return TextFolding.fold(question).replaceAll("[^\\p{L}\\p{N}%/]+", " ").strip();
  }

  /** {@code text} cut at a word boundary to at most {@code max} characters, with an ellipsis. */
  public static String shorten(String text, int max) {
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
