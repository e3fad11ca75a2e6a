package mx.aprende.bot.contacts;

import java.util.Optional;

/**
 * How to reach a learner: learner key → the channel address (WhatsApp: phone digits or BSUID).
 * Every store keys learners by their pseudonymous learner key; this is the one place that turns it
 * back into an address, for messages the bot starts (reminders, exam notices, a tutor's reply).
 */
public interface Contacts {

  /** Records where the learner last wrote from (cheap when nothing changed). */
  void remember(String learnerKey, String address);

  /** Where to write to the learner; empty when they never wrote or asked to be forgotten. */
  Optional<String> address(String learnerKey);
}
