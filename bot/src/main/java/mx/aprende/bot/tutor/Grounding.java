package mx.aprende.bot.tutor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.Example;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;
import mx.aprende.content.search.CurriculumSearch;
import mx.aprende.content.search.Hit;
import mx.aprende.content.search.SearchRequest;
import mx.aprende.content.text.TextFolding;

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

  private static final int PREFIX = 5;

  /** Words that say nothing about the topic ("¿cómo se hace esto?"). */
  private static final Set<String> FILLERS =
      Set.of(
          "como",
          "cual",
          "cuales",
          "cuando",
          "donde",
          "quien",
          "quienes",
          "para",
          "porque",
          "pero",
          "sobre",
          "tiene",
          "tengo",
          "hace",
          "hago",
          "hacer",
          "esto",
          "esta",
          "este",
          "eso",
          "esos",
          "estas",
          "unos",
          "unas",
          "oye",
          "dime",
          "explica",
          "explicame",
          "ayuda",
          "ayudas",
          "ayudame",
          "quiero",
          "saber",
          "entiendo",
          "entender",
          "puedo",
          "cuanto",
          "cuantos",
          "cuanta",
          "cuantas",
          "bien",
          "entre",
          "favor",
          "significa",
          "sirve",
          "sirven",
          "sale",
          "saca",
          "saco");

  private final CurriculumSearch search;
  private final Map<String, Tutor.Source> sources;
  private final Map<String, Set<String>> vocabulary;
  private final Map<String, Set<String>> synonyms;

  public Grounding(CurriculumSearch search, Curriculum curriculum) {
    this.search = search;
    this.sources = sources(curriculum);
    this.vocabulary = vocabulary(curriculum);
    this.synonyms = synonyms(curriculum);
  }

  /**
   * Whether the lessons {@code hits} are about {@code text}: at least one of the question's content
   * words (or a synonym) appears in one of them, compared by their first letters. Lucene scores are
   * not comparable across questions, so a score alone does not tell "el partido de futbol" from
   * "partes de un entero".
   */
  public boolean about(List<Hit> hits, String text) {
    boolean anyContent = false;
    for (String word : TextFolding.words(text).split(" ")) {
      boolean number = !word.isEmpty() && Character.isDigit(word.charAt(0));
      if (!number && (word.length() < 4 || FILLERS.contains(word))) {
        continue;
      }
      anyContent = true;
      for (String form : synonyms.getOrDefault(prefix(word), Set.of(prefix(word)))) {
        for (Hit hit : hits) {
          if (vocabulary.getOrDefault(hit.lessonId(), Set.of()).contains(form)) {
            return true;
          }
        }
      }
    }
    return !anyContent;
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
    List<Hit> ranked =
        best.values().stream().sorted(Comparator.comparingDouble(Hit::score).reversed()).toList();
    return !ranked.isEmpty() && about(List.of(ranked.getFirst()), text)
        ? ranked.stream().limit(k).toList()
        : List.of();
  }

  /** The citation of lesson {@code lessonId}, when it is in the curriculum. */
  public Optional<Tutor.Source> source(String lessonId) {
    return Optional.ofNullable(sources.get(lessonId));
  }

  /** "Lo vimos en *Módulo › Lección*." */
  public static String citation(Tutor.Source source) {
    return "📖 Lo vimos en *" + source.moduleTitle() + " › " + source.lessonTitle() + "*.";
  }

  private static String prefix(String word) {
    return word.length() <= PREFIX ? word : word.substring(0, PREFIX);
  }

  private static Map<String, Set<String>> vocabulary(Curriculum curriculum) {
    Map<String, Set<String>> map = new HashMap<>();
    for (Module module : curriculum.modules()) {
      for (Unit unit : module.units()) {
        for (Lesson lesson : unit.lessons()) {
          StringBuilder text =
              new StringBuilder(module.title()).append(' ').append(unit.title()).append(' ');
          text.append(lesson.title()).append(' ').append(String.join(" ", lesson.chunks()));
          for (Example example : lesson.examples()) {
            text.append(' ').append(example.problem()).append(' ').append(example.solution());
          }
          Set<String> words = new HashSet<>();
          for (String word : TextFolding.words(text.toString()).split(" ")) {
            words.add(prefix(word));
          }
          map.put(lesson.id(), Set.copyOf(words));
        }
      }
    }
    return Map.copyOf(map);
  }

  /** Each word's prefix to the prefixes of its synonym group ("quebr" → "quebr", "fracc"). */
  private static Map<String, Set<String>> synonyms(Curriculum curriculum) {
    Map<String, Set<String>> map = new HashMap<>();
    for (List<String> group : curriculum.synonyms()) {
      Set<String> forms = new HashSet<>();
      for (String term : group) {
        for (String word : TextFolding.words(term).split(" ")) {
          forms.add(prefix(word));
        }
      }
      for (String form : forms) {
        map.computeIfAbsent(form, f -> new HashSet<>(Set.of(f))).addAll(forms);
      }
    }
    return Map.copyOf(map);
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
