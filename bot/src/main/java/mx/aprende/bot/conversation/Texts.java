package mx.aprende.bot.conversation;

import java.util.Optional;
import mx.aprende.content.curriculum.Level;

/**
 * What the learner reads, in Spanish for Mexican adults: {@code tú}, short sentences, plain words,
 * few emoji. Kept in one place so a teacher can review the wording.
 */
final class Texts {

  static final String MENU_BODY = "¿Qué quieres hacer? Toca *Ver opciones*.";
  static final String ASK_YOUR_QUESTION =
      "Escríbeme tu pregunta con tus palabras. Por ejemplo: *¿cómo se saca el porcentaje?*";
  static final String AFTER_ANSWER = "\n\nEscribe otra pregunta o *menú* para ver las opciones.";
  static final String LOCATION_RECEIVED =
      "Recibí tu ubicación, gracias. Pronto la usaré para buscar el centro de estudio más cercano.";
  static final String UNSUPPORTED =
      "No puedo abrir ese tipo de mensaje. Escríbeme con texto o toca los botones.";

  static final String CHOOSE_LEVEL = "¿Qué nivel quieres ver?";
  static final String SEE_MODULES = "Ver módulos";
  static final String NO_MODULES_YET =
      "Todavía no hay módulos en ese nivel. Escribe *menú* para volver.";
  static final String NO_LESSON_YET =
      "Todavía no empiezas ningún módulo. Mira los módulos que hay y elige por dónde empezar.";

  static final String CONFIRM_LEAVE =
      "¿Quieres darte de baja? Ya no te enviaremos recordatorios ni mensajes.";
  static final String LEFT =
      "Listo, ya estás dado de baja. No te enviaremos más mensajes."
          + "\n\nSi un día quieres volver, escríbenos *hola*. ¡Gracias por aprender con nosotros!";
  static final String STAYED = "¡Qué bueno que sigues! ¿Qué quieres hacer?";
  static final String STILL_OUT =
      "Estás dado de baja y no te enviamos mensajes. Si quieres volver, escribe *hola*.";

  private Texts() {}

  static String levelName(Level level) {
    return switch (level) {
      case INICIAL -> "Inicial";
      case INTERMEDIO -> "Primaria";
      case AVANZADO -> "Secundaria";
    };
  }

  static String modulesOf(Level level) {
    return "Estos son los módulos de *"
        + levelName(level)
        + "*. Toca *Ver módulos* para elegir uno.";
  }

  static final String READY_FOR_EXAM = "¡Ya dominas este módulo! Estás listo para su examen.";
  static final String NEEDS_EARLIER_MODULES =
      "Antes de este módulo te conviene terminar otros más básicos. Empieza por el nivel anterior.";

  static String startWith(String skill) {
    return "Lo primero que te toca: *" + skill + "*.";
  }

  static String practise(String skill) {
    return "Lo que sigue para ti: practicar *" + skill + "*.";
  }

  static String review(String skill) {
    return "Te conviene repasar: *" + skill + "*.";
  }

  static String moduleCard(Catalog.ModuleCard card, String firstStep) {
    return "*"
        + card.title()
        + "*\n"
        + card.summary()
        + "\n\nTiene "
        + card.units()
        + " temas, "
        + card.lessons()
        + " lecciones y "
        + card.exercises()
        + " ejercicios."
        + "\n\n"
        + firstStep
        + "\n\nMuy pronto podrás estudiarlo aquí, paso a paso. Escribe *menú* para volver.";
  }

  static String welcome(Optional<String> profileName) {
    return "¡Hola"
        + name(profileName)
        + "! 👋 Soy Aprende, tu asesor por WhatsApp para terminar la primaria y la secundaria."
        + "\n\nAquí aprendes a tu ritmo, con lecciones cortas y ejercicios.";
  }

  static String welcomeBack(Optional<String> profileName) {
    return "¡Hola de nuevo" + name(profileName) + "! ¿Qué quieres hacer hoy? Toca *Ver opciones*.";
  }

  static String comingSoon(String feature) {
    return "*"
        + feature
        + "* todavía no está lista. Estamos trabajando en ella. 🚧"
        + "\n\nEscribe *menú* para ver las otras opciones.";
  }

  static String media(Inbound.MediaKind kind) {
    String what =
        switch (kind) {
          case VOICE, AUDIO -> "Todavía no puedo escuchar audios.";
          case IMAGE -> "Todavía no puedo ver fotos.";
          case VIDEO -> "Todavía no puedo ver videos.";
          case DOCUMENT -> "Todavía no puedo leer documentos.";
          case STICKER -> "¡Qué buen sticker!";
        };
    return what + " Escríbeme con texto o toca los botones.";
  }

  private static String name(Optional<String> profileName) {
    return profileName
        .map(String::strip)
        .filter(n -> !n.isEmpty())
        .map(n -> ", " + firstWord(n))
        .orElse("");
  }

  private static String firstWord(String name) {
    int space = name.indexOf(' ');
    String first = space > 0 ? name.substring(0, space) : name;
    // Profile names are free text: keep it short and free of WhatsApp formatting marks.
    first = first.replaceAll("[*_~`]", "");
    return first.length() > 30 ? first.substring(0, 30) : first;
  }
}
