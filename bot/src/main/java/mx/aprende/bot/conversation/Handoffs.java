package mx.aprende.bot.conversation;

import java.time.Instant;
import java.util.List;

/**
 * Where the journey hands over to features built beside it: the offline guide, reminder settings,
 * erasing one's data, the exam, and a person (asesor). Each is one method so its feature replaces
 * exactly that method; until then the learner is told honestly what exists.
 */
final class Handoffs {

  private final Conversation.Dialog exams;
  private final Conversation.Dialog reminders;
  private final Conversation.Dialog guide;

  Handoffs(Conversation.Dialog exams, Conversation.Dialog reminders, Conversation.Dialog guide) {
    this.exams = exams;
    this.reminders = reminders;
    this.guide = guide;
  }

  /** "Descargar mi guía": the PDF of the current unit, sent as a document. */
  Conversation.Outcome guide(Session session) {
    return delegate(session, guide, "menu:guide", "Descargar mi guía");
  }

  /** "Ajustes → Recordatorios": days and time of reminders. */
  Conversation.Outcome reminders(Session session) {
    return delegate(session, reminders, "menu:settings", "Recordatorios");
  }

  /** "Borrar mis datos": the word is reserved here; the privacy feature confirms and erases. */
  Conversation.Outcome eraseData(Session session) {
    return text(session, Texts.ERASE_RESERVED);
  }

  /** "Mi examen": when and where to sit the module exam. */
  Conversation.Outcome exam(Session session) {
    return delegate(session, exams, "menu:exam", "Mi examen");
  }

  /**
   * "Hablar con asesor" / "ayuda": a kind reply, and the request recorded in the session (the
   * tutors' queue reads it).
   */
  Conversation.Outcome humanHelp(Session session, Instant at) {
    return text(session.with(session.profile().withHelpRequested(at)), Texts.HELP_REQUESTED);
  }

  /** The feature's answer to the menu choice it owns; without the feature, honest words. */
  private static Conversation.Outcome delegate(
      Session session, Conversation.Dialog dialog, String choiceId, String title) {
    return dialog
        .answer(session.learnerKey(), new Inbound.Choice(choiceId, title))
        .map(replies -> new Conversation.Outcome(session, replies))
        .orElseGet(() -> text(session, Texts.comingSoon(title)));
  }

  private static Conversation.Outcome text(Session session, String body) {
    return new Conversation.Outcome(session, List.of(new Reply.Text(body)));
  }
}
