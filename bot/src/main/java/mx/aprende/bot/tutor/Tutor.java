package mx.aprende.bot.tutor;

import java.util.Optional;
import mx.aprende.content.curriculum.Exercise;

/**
 * Answers a learner's question in plain Spanish, citing the lesson it comes from, and gives hints
 * for the exercise at hand without giving its answer away. Implementations never throw for a
 * learner's input and answer within their time limit.
 */
public interface Tutor {

  /**
   * @param learnerKey who asks (for per-learner memory and budgets; never logged)
   * @param question what they wrote, as written
   * @param moduleId the module they are studying, to prefer its lessons
   * @param exercise the exercise they are solving, whose answer no reply may contain
   */
  record Question(
      String learnerKey, String question, Optional<String> moduleId, Optional<Exercise> exercise) {

    /** A question asked outside an exercise. */
    public Question(String learnerKey, String question, Optional<String> moduleId) {
      this(learnerKey, question, moduleId, Optional.empty());
    }
  }

  /**
   * A request for the next rung of the hint ladder.
   *
   * @param learnerKey who asks (never logged)
   * @param moduleId the module of the exercise
   * @param exercise the exercise being solved
   * @param learnerAnswer what the learner answered last (empty text when nothing yet)
   * @param hintsGiven how many hints this exercise has had so far (0 for the first)
   */
  record HintRequest(
      String learnerKey,
      Optional<String> moduleId,
      Exercise exercise,
      String learnerAnswer,
      int hintsGiven) {}

  /** Where an answer comes from: shown as "Lo vimos en *Módulo › Lección*". */
  record Source(String lessonId, String moduleTitle, String lessonTitle) {}

  /**
   * @param text the answer, within WhatsApp's limits
   * @param source the lesson it comes from; empty when nothing in the curriculum fits
   */
  record Answer(String text, Optional<Source> source) {}

  Answer answer(Question question);

  /**
   * The next hint: before the ladder's last rung it never contains the answer; after every authored
   * hint has been given it is the worked solution. By default, the authored ladder.
   */
  default Answer hint(HintRequest request) {
    return HintLadder.authored(request);
  }
}
