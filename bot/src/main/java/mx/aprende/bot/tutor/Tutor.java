package mx.aprende.bot.tutor;

import java.util.Optional;

/** Answers a learner's question in plain Spanish, citing the lesson it comes from. */
public interface Tutor {

  /**
   * @param learnerKey who asks (for per-learner memory and budgets; never logged)
   * @param question what they wrote, as written
   * @param moduleId the module they are studying, to prefer its lessons
   */
  record Question(String learnerKey, String question, Optional<String> moduleId) {}

  /** Where an answer comes from: shown as "Lo vimos en *Módulo › Lección*". */
  record Source(String lessonId, String moduleTitle, String lessonTitle) {}

  /**
   * @param text the answer, within WhatsApp's limits
   * @param source the lesson it comes from; empty when nothing in the curriculum fits
   */
  record Answer(String text, Optional<Source> source) {}

  Answer answer(Question question);
}
