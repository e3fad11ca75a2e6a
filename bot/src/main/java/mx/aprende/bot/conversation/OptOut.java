package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.aprende.content.text.EditDistance;
import mx.aprende.content.text.TextFolding;

/**
 * "Baja": a learner can stop every message at any time, with any usual word for it, typos included,
 * after one confirmation; and come back by greeting us. WhatsApp's policy and Mexico's data law
 * both require honouring it at once.
 */
final class OptOut {

  static final String YES = "leave:yes";
  static final String NO = "leave:no";

  private static final Set<String> LEAVE_PHRASES =
      Set.of(
          "baja",
          "darme de baja",
          "dar de baja",
          "de baja",
          "stop",
          "alto",
          "ya no quiero mensajes",
          "no quiero mensajes",
          "no mas mensajes",
          "cancelar",
          "unsubscribe");
  private static final Set<String> COME_BACK =
      Set.of(
          "hola",
          "ola",
          "volver",
          "regresar",
          "alta",
          "darme de alta",
          "quiero volver",
          "buenas",
          "buenos dias");

  private OptOut() {}

  /** Whether the learner asked to stop messages (a menu tap or a typed word). */
  static boolean isRequest(Inbound input) {
    return switch (input) {
      case Inbound.Choice choice -> choice.id().equals(MainMenu.PREFIX + MainMenu.LEAVE);
      case Inbound.Text text -> matches(TextFolding.words(text.body()), LEAVE_PHRASES);
      default -> false;
    };
  }

  static Reply confirm() {
    return new Reply.Buttons(
        Texts.CONFIRM_LEAVE,
        List.of(Reply.Option.of(YES, "Sí, darme de baja"), Reply.Option.of(NO, "No, seguir aquí")));
  }

  /** The answer to the confirmation buttons, when the input is one. */
  static Optional<Conversation.Outcome> answer(Session session, Inbound input) {
    if (input instanceof Inbound.Choice choice) {
      if (choice.id().equals(YES)) {
        return Optional.of(
            new Conversation.Outcome(
                session.withOptedOut(true), List.of(new Reply.Text(Texts.LEFT))));
      }
      if (choice.id().equals(NO)) {
        return Optional.of(
            new Conversation.Outcome(session, List.of(MainMenu.reply(Texts.STAYED))));
      }
    }
    return Optional.empty();
  }

  /** While opted out: a greeting brings the learner back; anything else gets a reminder of how. */
  static Conversation.Outcome whileOut(
      Session session, Inbound input, Optional<String> profileName) {
    if (input instanceof Inbound.Text text && matches(TextFolding.words(text.body()), COME_BACK)) {
      return new Conversation.Outcome(
          session.withOptedOut(false), List.of(MainMenu.reply(Texts.welcomeBack(profileName))));
    }
    if (input instanceof Inbound.Reaction || input instanceof Inbound.Other) {
      return new Conversation.Outcome(session, List.of());
    }
    return new Conversation.Outcome(session, List.of(new Reply.Text(Texts.STILL_OUT)));
  }

  /** Exact phrase, or one word with the typos its length allows ("vaja", "stp" no: too short). */
  private static boolean matches(String words, Set<String> phrases) {
    if (phrases.contains(words)) {
      return true;
    }
    if (words.isEmpty() || words.contains(" ")) {
      return false;
    }
    for (String phrase : phrases) {
      if (!phrase.contains(" ")) {
        int tolerance = EditDistance.tolerance(phrase);
        if (tolerance > 0 && EditDistance.distance(words, phrase, tolerance) <= tolerance) {
          return true;
        }
      }
    }
    return false;
  }
}
