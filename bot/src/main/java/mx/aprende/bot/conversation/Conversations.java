package mx.aprende.bot.conversation;

/** The use case channels call: load the learner's session, decide the replies, save the session. */
public final class Conversations {

  private final SessionStore sessions;
  private final Conversation conversation;

  public Conversations(SessionStore sessions, Conversation conversation) {
    this.sessions = sessions;
    this.conversation = conversation;
  }

  public Conversation.Outcome handle(Turn turn) {
    Conversation.Outcome outcome = conversation.respond(sessions.find(turn.learnerKey()), turn);
    sessions.save(outcome.session());
    return outcome;
  }
}
