package mx.aprende.bot.conversation;

import java.time.Instant;
import java.util.List;

/**
 * Where the journey hands over to features built beside it: the offline guide, reminder settings,
 * erasing one's data, the exam, and a person (asesor). Each is one method so its feature replaces
 * exactly that method; until then the learner is told honestly what exists.
 */
final class Handoffs {

  /** "Descargar mi guía": the PDF of the current unit, sent as a document. */
  Conversation.Outcome guide(Session session) {
    return text(session, Texts.comingSoon("Descargar mi guía"));
  }

  /** "Ajustes → Recordatorios": days and time of reminders. */
  Conversation.Outcome reminders(Session session) {
    return text(session, Texts.comingSoon("Recordatorios"));
  }

  /** "Borrar mis datos": the word is reserved here; the privacy feature confirms and erases. */
  Conversation.Outcome eraseData(Session session) {
    return text(session, Texts.ERASE_RESERVED);
  }

  /** "Mi examen": when and where to sit the module exam. */
  Conversation.Outcome exam(Session session) {
    return text(session, Texts.comingSoon("Mi examen"));
  }

  /**
   * "Hablar con asesor" / "ayuda": a kind reply, and the request recorded in the session (the
   * tutors' queue reads it).
   */
  Conversation.Outcome humanHelp(Session session, Instant at) {
    return text(session.with(session.profile().withHelpRequested(at)), Texts.HELP_REQUESTED);
  }

  private static Conversation.Outcome text(Session session, String body) {
    return new Conversation.Outcome(session, List.of(new Reply.Text(body)));
  }
}
