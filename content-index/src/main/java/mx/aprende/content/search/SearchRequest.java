package mx.aprende.content.search;

import java.util.Optional;
import mx.aprende.content.curriculum.Level;

/** A search: the learner's text, optional filters, and how many lessons to return. */
public record SearchRequest(
    String text,
    Optional<Level> level,
    Optional<String> module,
    Optional<String> skill,
    int limit) {
  /** The default number of hits. */
  public static final int DEFAULT_LIMIT = 5;

  /** A search for {@code text} without filters. */
  public static SearchRequest of(String text) {
    return new SearchRequest(
        text, Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_LIMIT);
  }

  /** The same search restricted to {@code level}. */
  public SearchRequest withLevel(Level value) {
    return new SearchRequest(text, Optional.of(value), module, skill, limit);
  }

  /** The same search restricted to module {@code moduleId}. */
  public SearchRequest withModule(String moduleId) {
    return new SearchRequest(text, level, Optional.of(moduleId), skill, limit);
  }

  /** The same search restricted to lessons or items practising {@code skillId}. */
  public SearchRequest withSkill(String skillId) {
    return new SearchRequest(text, level, module, Optional.of(skillId), limit);
  }

  /** The same search returning at most {@code value} hits. */
  public SearchRequest withLimit(int value) {
    return new SearchRequest(text, level, module, skill, value);
  }
}
