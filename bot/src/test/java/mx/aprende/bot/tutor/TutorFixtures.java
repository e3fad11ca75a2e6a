package mx.aprende.bot.tutor;

import mx.aprende.bot.testing.TestBots;
import mx.aprende.content.lucene.LuceneCurriculumSearch;

/**
 * One index of the shipped curriculum for all tutor tests (building it takes seconds on a shared
 * machine); it lives as long as the test JVM.
 */
public final class TutorFixtures {

  private static LuceneCurriculumSearch search;
  private static Grounding grounding;

  private TutorFixtures() {}

  /** The search over the shipped curriculum. */
  public static synchronized LuceneCurriculumSearch search() {
    if (search == null) {
      search = LuceneCurriculumSearch.of(TestBots.curriculum());
    }
    return search;
  }

  /** Grounding over the shipped curriculum. */
  public static synchronized Grounding grounding() {
    if (grounding == null) {
      grounding = new Grounding(search(), TestBots.curriculum());
    }
    return grounding;
  }
}
