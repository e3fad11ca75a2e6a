package mx.aprende.bot.conversation;

import java.util.Set;
import mx.aprende.bot.tutor.Tutor;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.text.TextFolding;

/**
 * Free questions, at any point: answered by the tutor from the curriculum, with the lesson the
 * answer comes from, so the learner can go back to it.
 */
final class Questions {

  private static final Set<String> QUESTION_WORDS =
      Set.of(
          "como",
          "que",
          "porque",
          "por",
          "cual",
          "cuales",
          "cuanto",
          "cuanta",
          "cuantos",
          "cuantas",
          "donde",
          "cuando",
          "quien",
          "explica",
          "explicame",
          "dime",
          "ayudame",
          "entiendo",
          "oye",
          "pregunta",
          "para");
  private static final Set<String> STUCK =
      Set.of("no se", "nose", "ni idea", "no lo se", "no entiendo", "no le entiendo", "no se cual");

  private final Tutor tutor;

  Questions(Tutor tutor) {
    this.tutor = tutor;
  }

  /** The tutor's answer to {@code question}, citing its lesson. */
  Reply.Text answer(Session session, String question) {
    Tutor.Answer answer =
        tutor.answer(new Tutor.Question(session.learnerKey(), question, session.study().module()));
    String text = answer.text();
    String cited =
        answer
            .source()
            .filter(s -> !text.contains(s.lessonTitle()))
            .map(s -> text + Texts.source(s.moduleTitle(), s.lessonTitle()))
            .orElse(text);
    return new Reply.Text(cited);
  }

  /**
   * Rung {@code given} + 1 of the hint ladder for {@code exercise}: the authored hint, or with a
   * language model a guarded one that never gives the answer away before the ladder allows.
   */
  String hint(Session session, Exercise exercise, int given) {
    return tutor
        .hint(
            new Tutor.HintRequest(
                session.learnerKey(), session.study().module(), exercise, "", given))
        .text();
  }

  /** Whether text that is not an answer reads as a question rather than a failed answer. */
  static boolean looksLikeQuestion(String text) {
    if (text.contains("?") || text.contains("¿")) {
      return true;
    }
    String words = TextFolding.words(text);
    String first = words.contains(" ") ? words.substring(0, words.indexOf(' ')) : words;
    return QUESTION_WORDS.contains(first) && words.contains(" ");
  }

  /** "No sé", "no entiendo": the learner is stuck, not answering. */
  static boolean isStuck(String text) {
    return STUCK.contains(TextFolding.words(text));
  }
}
