package mx.aprende.bot.reminders;

import mx.aprende.bot.templates.FilledTemplate;

/** Sends a proactive message on the learner's channel. */
public interface ProactiveSender {

  /**
   * Sends {@code message}: as ordinary text with its quick replies while the service window is
   * open, as the approved template otherwise.
   *
   * @return whether the channel accepted it
   */
  boolean send(String learnerKey, FilledTemplate message, boolean windowOpen);
}
