package mx.aprende.bot.console.flags;

import java.util.List;

/** The learner's latest graded answers, as the engine recorded them. */
@FunctionalInterface
public interface RecentAnswers {

  /**
   * The latest results on the skill the learner practised last, newest first.
   *
   * @param learnerKey the learner
   * @param limit at most this many
   * @return {@code true} for a correct answer
   */
  List<Boolean> onLatestSkill(String learnerKey, int limit);
}
