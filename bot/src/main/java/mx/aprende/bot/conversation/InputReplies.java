package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Set;

/**
 * Kind, useful replies to what the bot cannot read yet (voice notes, photos, videos, documents,
 * stickers, contacts, unsupported types), a location kept for finding a center, and silence where
 * nothing is expected (reactions, deleted messages, system notices).
 */
final class InputReplies {

  /** Inputs that need no answer: a deleted message, a number change notice. */
  private static final Set<String> SILENT_KINDS = Set.of("revoke", "system");

  private InputReplies() {}

  static Conversation.Outcome answer(Session session, Inbound input) {
    String pending = session.step() == Step.EXERCISE ? Texts.PENDING_EXERCISE : "";
    return switch (input) {
      case Inbound.Location location ->
          new Conversation.Outcome(
              session.with(
                  session
                      .profile()
                      .withLocation(
                          new Profile.Coordinates(location.latitude(), location.longitude()))),
              List.of(new Reply.Text(Texts.LOCATION_SAVED + pending)));
      case Inbound.Media media -> text(session, Texts.media(media.kind()) + pending);
      case Inbound.Reaction reaction -> new Conversation.Outcome(session, List.of());
      case Inbound.Other other when SILENT_KINDS.contains(other.kind()) ->
          new Conversation.Outcome(session, List.of());
      case Inbound.Other other when other.kind().equals("contacts") ->
          text(session, Texts.CONTACTS + pending);
      case Inbound.Other other -> text(session, Texts.UNSUPPORTED + pending);
      case Inbound.Text text -> text(session, Texts.MENU_BODY);
      case Inbound.Choice choice -> text(session, Texts.MENU_BODY);
    };
  }

  private static Conversation.Outcome text(Session session, String body) {
    return new Conversation.Outcome(session, List.of(new Reply.Text(body)));
  }
}
