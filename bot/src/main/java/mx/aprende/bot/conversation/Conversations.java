package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;

/**
 * The use case channels call: load the learner's session, decide the replies, save the session with
 * them (so a turn cut after its save is answered again from what it saved, not run twice). "Borrar
 * mis datos" is asked first (it may erase the session itself). When a person has taken the
 * conversation over, the bot only keeps the session up to date and answers nothing but opting out;
 * every turn is then shown to the {@link TurnObserver}.
 */
public final class Conversations {

  private final SessionStore sessions;
  private final Conversation conversation;
  private final Conversation.Dialog privacy;
  private final Takeover takeover;
  private final TurnObserver observer;

  public Conversations(SessionStore sessions, Conversation conversation) {
    this(sessions, conversation, Conversation.Dialog.NONE, Takeover.NONE, TurnObserver.NONE);
  }

  /** With the "borrar mis datos" dialog, no takeover and no observer. */
  public Conversations(
      SessionStore sessions, Conversation conversation, Conversation.Dialog privacy) {
    this(sessions, conversation, privacy, Takeover.NONE, TurnObserver.NONE);
  }

  /**
   * @param privacy the "borrar mis datos" dialog: after it answers, only a session that still
   *     exists is saved
   * @param takeover whether a person is answering this learner instead of the bot
   * @param observer sees every turn (flag rules, the consoles' live queue)
   */
  public Conversations(
      SessionStore sessions,
      Conversation conversation,
      Conversation.Dialog privacy,
      Takeover takeover,
      TurnObserver observer) {
    this.sessions = sessions;
    this.conversation = conversation;
    this.privacy = privacy;
    this.takeover = takeover;
    this.observer = observer;
  }

  public Conversation.Outcome handle(Turn turn) {
    Optional<List<Reply>> erasure = privacy.answer(turn.learnerKey(), turn.input());
    if (erasure.isPresent()) {
      Optional<Session> kept = sessions.find(turn.learnerKey()).map(s -> s.touched(turn.at()));
      kept.ifPresent(
          s -> sessions.save(s, new SessionStore.AnsweredTurn(turn.messageId(), erasure.get())));
      return new Conversation.Outcome(
          kept.orElseGet(() -> Session.first(turn.learnerKey(), turn.at())), erasure.get());
    }
    SessionStore.Loaded loaded = sessions.load(turn.learnerKey(), turn.messageId());
    if (loaded.session().isPresent() && loaded.answered().isPresent()) {
      // A crash or a store outage cut this turn after its save: send what it answered then. Running
      // it again would answer the learner's message against the step it already moved to.
      return new Conversation.Outcome(loaded.session().get(), loaded.answered().get());
    }
    Optional<Session> known = loaded.session();
    boolean silenced = takeover.isTakenOver(turn.learnerKey()) && !isAboutOptingOut(known, turn);
    Conversation.Outcome outcome =
        silenced
            ? new Conversation.Outcome(
                known
                    .orElseGet(() -> Session.first(turn.learnerKey(), turn.at()))
                    .touched(turn.at()),
                List.of())
            : conversation.respond(known, turn);
    sessions.save(
        outcome.session(), new SessionStore.AnsweredTurn(turn.messageId(), outcome.replies()));
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
