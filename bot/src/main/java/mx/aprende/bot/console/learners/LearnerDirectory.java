package mx.aprende.bot.console.learners;

import java.util.Set;
import mx.aprende.bot.console.access.LearnerPlace;

/** Where learners belong, which decides which staff may see them. */
public interface LearnerDirectory {

  LearnerPlace place(String learnerKey);

  /** Records (or corrects) where a learner belongs. */
  void assign(String learnerKey, LearnerPlace place);

  /** Whether the learner asked for no more messages ("baja"): then nobody may nudge them. */
  boolean optedOut(String learnerKey);

  /** Every learner key with a known place. */
  Set<String> known();
}
