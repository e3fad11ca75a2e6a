package mx.aprende.engine.policy;

/**
 * What the learner should do next, with the reason shown to tutors. Exhaustive: a caller's {@code
 * switch} over it handles every case.
 */
public sealed interface Activity {

  /** Why the policy chose this activity, in one short sentence. */
  String reason();

  /** Teach the lesson of {@code skill}: its prerequisites are mastered. */
  record NewLesson(String skill, String reason) implements Activity {}

  /** Practise {@code item} of {@code skill}, whose predicted success is {@code predicted}. */
  record Practice(String skill, String item, double predicted, String reason) implements Activity {}

  /** Review the mastered {@code skill} with {@code item}: its review is due. */
  record Review(String skill, String item, String reason) implements Activity {}

  /** Every skill of {@code module} is mastered: the learner is ready for its exam. */
  record ModuleExam(String module, String reason) implements Activity {}

  /** Nothing can be proposed (no unlocked skill or no items); the reason says why. */
  record Blocked(String reason) implements Activity {}
}
