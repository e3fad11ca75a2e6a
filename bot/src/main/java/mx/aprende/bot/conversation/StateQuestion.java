package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.region.StateMatch;
import mx.aprende.bot.region.StateMatcher;

/**
 * "¿En qué estado vives?": free text matched tolerantly ("edo mex", "Qro", "vivo en monterrey"),
 * always confirmed with the learner; two or three close candidates are offered as buttons. The
 * state's code is kept (its time zone times reminders and the streak's days).
 */
final class StateQuestion {

  static final String STATE_YES = "state:yes";
  static final String STATE_NO = "state:no";
  static final String STATE_PICK = "state-code:";

  private final StateMatcher matcher;

  StateQuestion(StateMatcher matcher) {
    this.matcher = matcher;
  }

  /** A typed state (matched tolerantly) or a tapped candidate. */
  Conversation.Outcome answer(Session session, String choice, String text) {
    if (choice.startsWith(STATE_PICK)) {
      Optional<MexicanState> picked = MexicanState.byCode(choice.substring(STATE_PICK.length()));
      if (picked.isPresent()) {
        return savedState(session, picked.get());
      }
    }
    if (text.isBlank()) {
      return new Conversation.Outcome(session, List.of(new Reply.Text(Texts.ASK_STATE)));
    }
    return switch (matcher.match(text)) {
      case StateMatch.Found found ->
          new Conversation.Outcome(
              session.at(Step.STATE_CONFIRM, found.state().code()),
              List.of(
                  new Reply.Buttons(
                      Texts.confirmState(found.state().shortName()),
                      List.of(
                          Reply.Option.of(STATE_YES, Texts.YES),
                          Reply.Option.of(STATE_NO, Texts.OTHER_STATE)))));
      case StateMatch.Ambiguous ambiguous ->
          new Conversation.Outcome(
              session.at(Step.STATE),
              List.of(
                  new Reply.Buttons(
                      Texts.STATE_WHICH,
                      ambiguous.candidates().stream()
                          .map(s -> Reply.Option.of(STATE_PICK + s.code(), s.shortName()))
                          .toList())));
      case StateMatch.NotFound notFound ->
          new Conversation.Outcome(session, List.of(new Reply.Text(Texts.STATE_NOT_FOUND)));
    };
  }

  /** "Sí" to the state matched saves it; anything else asks again. */
  Conversation.Outcome confirm(Session session, String choice, Optional<Boolean> yesNo) {
    if (choice.startsWith(STATE_PICK)) {
      return answer(session.at(Step.STATE), choice, "");
    }
    Optional<MexicanState> pending = session.pending().flatMap(MexicanState::byCode);
    if ((choice.equals(STATE_YES) || yesNo.equals(Optional.of(true))) && pending.isPresent()) {
      return savedState(session, pending.get());
    }
    return new Conversation.Outcome(
        session.at(Step.STATE), List.of(new Reply.Text(Texts.ASK_STATE)));
  }

  private static Conversation.Outcome savedState(Session session, MexicanState state) {
    Session saved = session.with(session.profile().withState(state.code())).at(Step.GOAL);
    return new Conversation.Outcome(
        saved,
        List.of(Onboarding.goalQuestion(Texts.stateSaved(state.shortName()) + Texts.ASK_GOAL)));
  }
}
