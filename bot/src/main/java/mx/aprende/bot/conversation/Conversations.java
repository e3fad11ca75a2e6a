package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;

/**
 * The use case channels call: load the learner's session, decide the replies, save the session.
 * When a person has taken the conversation over, the bot only keeps the session up to date and
 * answers nothing but opting out; every turn is then shown to the {@link TurnObserver}.
 */
public final class Conversations {

  private final SessionStore sessions;
  private final Conversation conversation;
  private final Takeover takeover;
  private final TurnObserver observer;

  public Conversations(SessionStore sessions, Conversation conversation) {
    this(sessions, conversation, Takeover.NONE, TurnObserver.NONE);
  }

  public Conversations(
      SessionStore sessions, Conversation conversation, Takeover takeover, TurnObserver observer) {
    this.sessions = sessions;
    this.conversation = conversation;
    this.takeover = takeover;
    this.observer = observer;
  }

  public Conversation.Outcome handle(Turn turn) {
    Optional<Session> known = sessions.find(turn.learnerKey());
    boolean silenced = takeover.isTakenOver(turn.learnerKey()) && !isAboutOptingOut(known, turn);
    Conversation.Outcome outcome =
        silenced
            ? new Conversation.Outcome(
                known
                    .orElseGet(() -> Session.first(turn.learnerKey(), turn.at()))
                    .touched(turn.at()),
                List.of())
            : conversation.respond(known, turn);
    sessions.save(outcome.session());
    observer.observed(turn, outcome, silenced);
    return outcome;
  }

  /** "baja" and its confirmation go to the bot even while a person has taken over. */
  private static boolean isAboutOptingOut(Optional<Session> known, Turn turn) {
    if (known.isEmpty()) {
      return false;
    }
    return known.get().optedOut()
        || OptOut.isRequest(turn.input())
        || OptOut.answer(known.get().touched(turn.at()), turn.input()).isPresent();
  }
}
