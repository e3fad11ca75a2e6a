package mx.aprende.bot.exam;

import java.util.Optional;

/**
 * Port: the name a learner gave the bot (their first name, as they wrote it), for the roster staff
 * see on exam day. Personal data: shown to staff of the learner's center only, never logged.
 */
@FunctionalInterface
public interface LearnerNames {

  /** Nobody has a name: for tests and rosters without names. */
  LearnerNames NONE = learnerKey -> Optional.empty();

  Optional<String> displayName(String learnerKey);
}
