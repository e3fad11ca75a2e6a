package mx.aprende.bot.conversation;

/**
 * Whether a person (a tutor in the staff console) has taken over a learner's conversation. While
 * taken over the bot stays silent for that learner, except for opting out ("baja"), which always
 * works.
 */
@FunctionalInterface
public interface Takeover {

  /** Nobody ever takes over. */
  Takeover NONE = learnerKey -> false;

  boolean isTakenOver(String learnerKey);
}
