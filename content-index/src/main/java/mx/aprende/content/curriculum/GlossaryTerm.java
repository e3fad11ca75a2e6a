package mx.aprende.content.curriculum;

import java.util.List;

/** A term learners ask about, its plain definition, its synonyms and the lessons that teach it. */
public record GlossaryTerm(
    String term,
    String definition,
    List<String> synonyms,
    List<String> lessons,
    Location location) {
  /** Copies the lists. */
  public GlossaryTerm {
    synonyms = List.copyOf(synonyms);
    lessons = List.copyOf(lessons);
  }
}
