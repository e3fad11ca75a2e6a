package mx.aprende.content.lucene;

/** Names of the index fields; the comment says why each field has its type. */
final class Fields {
  /** Unique document id ({@code lesson:x}, {@code exercise:y}…): a keyword, for updateDocument. */
  static final String ID = "id";

  /**
   * What the document is ({@code lesson}, {@code example}, {@code exercise}, {@code glossary}): a
   * keyword, filtered and boosted on.
   */
  static final String KIND = "kind";

  /** The lesson the document leads to: stored keyword with doc values, hits are grouped by it. */
  static final String LESSON = "lesson";

  /** The module id: keyword, for the module filter. */
  static final String MODULE = "module";

  /** The level id: keyword, for the level filter. */
  static final String LEVEL = "level";

  /** Skill ids (multi-valued): keyword, for the skill filter and related lessons. */
  static final String SKILL = "skill";

  /** The title: stored, analysed with the stemmed Spanish analyzer, weighted above the body. */
  static final String TITLE = "title";

  /** The text: stored for highlighting, analysed with the stemmed Spanish analyzer. */
  static final String BODY = "body";

  /** Title and body again, folded but not stemmed: fuzzy queries on real words catch typos. */
  static final String FOLDED = "folded";

  private Fields() {}
}
