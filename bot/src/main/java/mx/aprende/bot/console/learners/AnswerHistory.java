package mx.aprende.bot.console.learners;

import java.util.Map;
import java.util.Optional;

/** What the learner has answered so far, from the engine's attempts log. */
public interface AnswerHistory {

  /** Answers given per skill id. */
  Map<String, Long> attemptsBySkill(String learnerKey);

  /** The skill of the newest answer. */
  Optional<String> latestSkill(String learnerKey);
}
