package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;

/** The use case channels call: load the learner's session, decide the replies, save the session. */
public final class Conversations {

  private final SessionStore sessions;
  private final Conversation conversation;
  private final Conversation.Dialog privacy;

  public Conversations(SessionStore sessions, Conversation conversation) {
    this(sessions, conversation, (learnerKey, input) -> Optional.empty());
  }

  /**
   * With the "borrar mis datos" dialog, asked first: it may erase the learner (session included),
   * so after it answers only a session that still exists is saved.
   */
  public Conversations(
      SessionStore sessions, Conversation conversation, Conversation.Dialog privacy) {
    this.sessions = sessions;
    this.conversation = conversation;
    this.privacy = privacy;
  }

  public Conversation.Outcome handle(Turn turn) {
    Optional<List<Reply>> erasure = privacy.answer(turn.learnerKey(), turn.input());
    if (erasure.isPresent()) {
      Optional<Session> kept = sessions.find(turn.learnerKey()).map(s -> s.touched(turn.at()));
      kept.ifPresent(sessions::save);
      return new Conversation.Outcome(
          kept.orElseGet(() -> Session.first(turn.learnerKey(), turn.at())), erasure.get());
    }
    Conversation.Outcome outcome = conversation.respond(sessions.find(turn.learnerKey()), turn);
    sessions.save(outcome.session());
    return outcome;
  }
}
