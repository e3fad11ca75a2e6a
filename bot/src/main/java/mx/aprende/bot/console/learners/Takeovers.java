package mx.aprende.bot.console.learners;

import java.time.Instant;
import java.util.Optional;
import mx.aprende.bot.conversation.Takeover;

/** Which learners a person has taken over, and by whom. */
public interface Takeovers extends Takeover {

  /** Who holds the learner's conversation, when someone does. */
  Optional<String> holder(String learnerKey);

  void take(String learnerKey, String by, Instant at);

  void handBack(String learnerKey);

  @Override
  default boolean isTakenOver(String learnerKey) {
    return holder(learnerKey).isPresent();
  }
}
