package mx.aprende.bot.reminders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads learners kept by the conversation (sessions), without owning them. */
public interface LearnerDirectory {

  /** The learner with this key, when the bot knows them. */
  Optional<LearnerFacts> find(String learnerKey);

  /**
   * Learners not opted out whose last message was at or after {@code from} and before {@code to}:
   * the candidates for inactivity nudges and the weekly progress.
   */
  List<LearnerFacts> silentBetween(Instant from, Instant to);
}
