package mx.aprende.bot.conversation;

/**
 * Sees every turn after it was answered (or silenced by a takeover), so features such as the staff
 * console's flag rules can watch conversations without changing how they are decided. Observers
 * must not throw: a failure here must never cost the learner an answer.
 */
@FunctionalInterface
public interface TurnObserver {

  /** An observer that does nothing. */
  TurnObserver NONE = (turn, outcome, silenced) -> {};

  /**
   * Called once per handled turn, after the session was saved.
   *
   * @param turn what the learner sent
   * @param outcome the session and the replies that will be sent
   * @param silenced whether a person had taken over, so the bot stayed quiet
   */
  void observed(Turn turn, Conversation.Outcome outcome, boolean silenced);
}
