package mx.aprende.bot.conversation;

import java.util.Optional;
import mx.aprende.content.curriculum.Level;

/**
 * What the learner reads, in Spanish for Mexican adults: {@code tú}, short sentences, plain words,
 * few emoji. Kept in one place so a teacher can review the wording. Interactive bodies stay under
 * 1024 characters, button titles under 20, list rows under 24 (72 for descriptions).
 */
final class Texts {

  static final String MENU_BODY = "¿Qué quieres hacer? Toca *Ver opciones*.";
  static final String ASK_YOUR_QUESTION =
      "Escríbeme tu pregunta con tus palabras. Por ejemplo: *¿cómo se saca el porcentaje?*";
  static final String AFTER_ANSWER = "\n\nEscribe otra pregunta o *menú* para ver las opciones.";
  static final String UNSUPPORTED =
      "No puedo abrir ese tipo de mensaje. Escríbeme con texto o toca los botones.";

  static final String CHOOSE_LEVEL = "¿Qué nivel quieres ver?";
  static final String SEE_MODULES = "Ver módulos";
  static final String NO_MODULES_YET =
      "Todavía no hay módulos en ese nivel. Escribe *menú* para volver.";

  static final String CONFIRM_LEAVE =
      "¿Quieres darte de baja? Ya no te enviaremos recordatorios ni mensajes.";
  static final String LEFT =
      "Listo, ya estás dado de baja. No te enviaremos más mensajes."
          + "\n\nSi un día quieres volver, escríbenos *hola*. ¡Gracias por aprender con nosotros!";
  static final String STAYED = "¡Qué bueno que sigues! ¿Qué quieres hacer?";
  static final String STILL_OUT =
      "Estás dado de baja y no te enviamos mensajes. Si quieres volver, escribe *hola*.";

  // Onboarding: consent.
  static final String ACCEPT = "Acepto";
  static final String DECLINE = "No acepto";
  static final String MORE_INFO = "Más info";
  static final String REFUSED =
      "Está bien, respeto tu decisión. No guardé nada tuyo, solo que no aceptaste."
          + "\n\nSi cambias de opinión, escríbeme *hola* cuando quieras. 🙂";
  static final String CONSENT_AGAIN =
      "Para estudiar conmigo necesito que aceptes el aviso de privacidad. ¿Aceptas?";
  static final String CONSENT_PENDING =
      "Antes de empezar, dime si aceptas el aviso de privacidad. Toca un botón.";

  // Onboarding: name, age, state, goal.
  static final String YES = "Sí";
  static final String OTHER_NAME = "Otro nombre";
  static final String ASK_NAME = "¿Cómo te gusta que te digan? Escribe solo tu nombre.";
  static final String NAME_AGAIN = "No entendí tu nombre. Escríbelo así, por ejemplo: *Ana*";
  static final String AGE_YES = "Sí, 15 o más";
  static final String AGE_NO = "No, soy menor";
  static final String UNDER_AGE =
      "Gracias por tu interés. 💛 Este servicio es para personas de 15 años o más, así que no"
          + " guardé ningún dato tuyo."
          + "\n\nPara seguir estudiando, pide ayuda en tu escuela o en la plaza comunitaria del INEA"
          + " más cercana.";
  static final String ASK_STATE =
      "¿En qué estado vives? Escríbelo, por ejemplo: *Jalisco* o *CDMX*.";
  static final String STATE_NOT_FOUND =
      "No reconocí el estado. Escríbelo con otras palabras, por ejemplo: *Nuevo León* o *Edomex*.";
  static final String STATE_WHICH = "¿Cuál de estos es tu estado?";
  static final String OTHER_STATE = "No, otro";
  static final String ASK_GOAL = "¿Qué quieres terminar?";
  static final String PRIMARIA = "Primaria";
  static final String SECUNDARIA = "Secundaria";
  static final String UNSURE = "No sé";
  static final String GOAL_AGAIN = "Toca una opción: *Primaria*, *Secundaria* o *No sé*.";

  // Placement.
  static final String PLACEMENT_OFFER =
      "Para saber por dónde empezar, te haré unas preguntas cortas (máximo 8)."
          + " Si no sabes una, no pasa nada: toca *No sé*.";
  static final String START = "Empezar";
  static final String SKIP = "Saltar";
  static final String DONT_KNOW = "No sé";
  static final String STOP_PLACEMENT = "Terminar prueba";
  static final String PLACEMENT_NOTED = "Anotado ✔️";
  static final String PLACEMENT_SKIPPED = "Está bien, empezamos desde el principio.";

  // Tutorial.
  static final String GOT_IT = "Entendido";
  static final String SEE_MENU = "Ver menú";
  static final String TUTORIAL_BUTTONS =
      "Te enseño a usar este chat en 3 pasos. 👣"
          + "\n\n*Paso 1.* Los botones como el de abajo se tocan para responder. Prueba: toca"
          + " *Entendido*.";
  static final String TUTORIAL_BUTTONS_AGAIN = "Toca el botón *Entendido* que está abajo. 👇";
  static final String TUTORIAL_MENU =
      "¡Muy bien! 👏\n\n*Paso 2.* Cuando quieras ver todas las opciones, escribe la palabra"
          + " *menú*. Pruébalo ahora: escribe *menú*.";
  static final String TUTORIAL_MENU_AGAIN = "Escribe la palabra *menú* y envíala. ✍️";
  static final String TUTORIAL_HELP =
      "¡Eso es! 👏\n\n*Paso 3.* Si necesitas hablar con una persona, escribe *ayuda*."
          + " También puedes escribir *pista*, *repetir* o *progreso*."
          + "\n\n¿Listo para tu primera lección?";

  // Lessons and exercises.
  static final String NEXT = "Siguiente";
  static final String MENU = "Menú";
  static final String CONTINUE = "Seguir";
  static final String HINT = "💡 Pista";
  static final String AGAIN = "Otra vez";
  static final String SOLUTION = "Ver solución";
  static final String WRITE_ANSWER = "Escribe tu respuesta.";
  static final String LESSON_DONE = "¡Terminaste la lección! 👏 Ahora vamos a practicar.";
  static final String TRY_AGAIN = "Inténtalo otra vez:";
  static final String NO_MORE_HINTS =
      "Ya te di las tres pistas. Puedes intentarlo otra vez o ver la solución.";
  static final String NOT_IN_EXERCISE =
      "Las pistas son para los ejercicios. Toca *Seguir* para continuar.";
  static final String BACK_TO_EXERCISE = "Volvamos al ejercicio 👇";
  static final String BACK_TO_LESSON = "¿Seguimos con la lección?";
  static final String STUCK = "¿Te ayudo? Puedes pedir una pista o ver la solución.";
  static final String WRONG = "Todavía no. ❌";
  static final String REVIEW_INTRO = "🔁 Un repaso de algo que ya sabes:";
  static final String NOTHING_TO_REVIEW =
      "Por ahora no tienes repasos pendientes. 👍 Sigamos con lo que toca.";
  static final String SKIPPED = "Está bien, lo dejamos para después.";
  static final String ALL_DONE =
      "🎓 ¡Terminaste todos los módulos que tenemos por ahora! Escribe *menú* para repasar o"
          + " preguntar lo que quieras.";
  static final String BLOCKED =
      "En este módulo no hay nada listo para ti todavía. Escribe *menú* para elegir otro.";
  static final String MENU_PENDING = "Cuando quieras, toca *Seguir* para volver a lo tuyo.";

  // Help, hooks and inputs.
  static final String HELP_REQUESTED =
      "Listo, le avisé a un asesor. 🙋 Una persona te escribirá pronto por aquí."
          + "\n\nMientras, puedes seguir estudiando: escribe *menú*.";
  static final String ERASE_RESERVED =
      "Pronto podrás borrar tus datos desde aquí. Mientras, escribe *ayuda* y una persona lo hará"
          + " por ti.";
  static final String LOCATION_SAVED =
      "Gracias, guardé tu ubicación. 📍 La usaré solo para buscarte el centro de estudio más"
          + " cercano cuando quieras presentar tu examen.";
  static final String CONTACTS =
      "Recibí un contacto. Si esa persona quiere estudiar, pásale este número para que nos escriba"
          + " *hola*. 🙂";
  static final String PENDING_EXERCISE =
      "\n\nTu ejercicio sigue esperando: escribe *repetir* para verlo.";

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
  static final String STUDY_THIS = "Estudiar este";

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
        + firstStep;
  }

  static String welcome(Optional<String> profileName, String privacyUrl) {
    return "¡Hola"
        + name(profileName)
        + "! 👋 Soy *Aprende*, un asesor por WhatsApp para terminar la primaria y la secundaria,"
        + " gratis y a tu ritmo."
        + "\n\n🔒 *Tu privacidad:* guardaré tu nombre, tu estado y tus avances para enseñarte"
        + " mejor y para que no pierdas lo que llevas. No los vendo ni los comparto. Puedes"
        + " darte de baja o pedir que los borre cuando quieras."
        + "\n\nAviso completo: "
        + privacyUrl
        + "\n\n¿Aceptas?";
  }

  static String moreInfo(String privacyUrl) {
    return "Te explico. Guardo:\n• tu nombre y tu estado, para saludarte y darte la hora correcta;"
        + "\n• tus respuestas y avances, para elegir tus ejercicios;"
        + "\n• tu número de WhatsApp, para escribirte."
        + "\n\nNo pido tu CURP ni tu dirección. Una persona asesora puede leer el chat solo"
        + " si pides ayuda. Puedes escribir *borrar mis datos* cuando quieras."
        + "\n\nTodo el aviso: "
        + privacyUrl
        + "\n\n¿Aceptas?";
  }

  static String callYou(String name) {
    return "¡Gracias! 🙌 ¿Te llamo *" + name + "*?";
  }

  static String askAge(String name) {
    return "Mucho gusto, " + name + ". ¿Tienes 15 años o más?";
  }

  static String confirmState(String state) {
    return "¿Vives en *" + state + "*?";
  }

  static String stateSaved(String state) {
    return "Listo: *" + state + "*. ";
  }

  static String placementQuestion(int number) {
    return "*Pregunta " + number + "*\n";
  }

  static String placed(int known, String module) {
    String what =
        known == 0
            ? "Empezamos desde lo básico, paso a paso."
            : "Veo que ya sabes " + known + (known == 1 ? " tema" : " temas") + ". ¡Bien! 💪";
    return "¡Gracias! " + what + "\nEmpezarás en el módulo *" + module + "*.";
  }

  static String nameSaved(String name) {
    return "Listo, te llamaré *" + name + "*.";
  }

  static String lessonChunk(String title, String text, int position, int total, boolean first) {
    return (first ? "📘 *" + title + "*\n\n" : "")
        + text
        + "\n\n_("
        + position
        + "/"
        + total
        + ")_";
  }

  static String example(String problem, String solution, int position, int total) {
    return "✏️ *Ejemplo*\n"
        + problem
        + "\n\n"
        + solution
        + "\n\n_("
        + position
        + "/"
        + total
        + ")_";
  }

  static String praise(int index) {
    String[] words = {"¡Muy bien! ✅", "¡Correcto! ✅", "¡Eso es! ✅", "¡Excelente! ✅"};
    return words[Math.floorMod(index, words.length)];
  }

  static String why(String solution) {
    return "\n" + solution;
  }

  static String hint(int number, String hint) {
    return "💡 *Pista " + number + " de 3:* " + hint;
  }

  static String solution(String solution, String answer) {
    return "📝 *Solución:* " + solution + "\n\nLa respuesta es: *" + answer + "*.";
  }

  static String mastered(String skill) {
    return "🏅 ¡Dominaste *" + skill + "*! Sigue así.";
  }

  static String streak(int days) {
    return "🔥 Llevas " + days + " días seguidos estudiando.";
  }

  static String moduleDone(String done, String next) {
    return "🎓 ¡Dominas todo el módulo *"
        + done
        + "*! Ya puedes presentar su examen (en el menú, *Mi examen*)."
        + "\n\nSeguimos con *"
        + next
        + "*.";
  }

  static String notUnderstood(String example) {
    return "No entendí tu respuesta. 🤔 " + example;
  }

  static String resume(Optional<String> name, String where) {
    return "¡Hola de nuevo" + name(name) + "! 👋 Te quedaste en " + where + ". ¿Seguimos?";
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
          case VOICE, AUDIO -> "Todavía no puedo escuchar audios. 🎧";
          case IMAGE -> "Todavía no puedo ver fotos. 📷";
          case VIDEO -> "Todavía no puedo ver videos. 🎬";
          case DOCUMENT -> "Todavía no puedo leer documentos. 📄";
          case STICKER -> "¡Qué buen sticker! 😄";
        };
    return what + " Escríbeme con texto o toca los botones.";
  }

  static String source(String moduleTitle, String lessonTitle) {
    return "\n\n📖 Lo vimos en *" + moduleTitle + " › " + lessonTitle + "*.";
  }

  private static String name(Optional<String> profileName) {
    return profileName
        .map(String::strip)
        .filter(n -> !n.isEmpty())
        .map(n -> ", " + firstWord(n))
        .orElse("");
  }

  /** The first word of a name, without WhatsApp formatting marks, at most 30 characters. */
  static String firstWord(String name) {
    String stripped = name.strip();
    int space = stripped.indexOf(' ');
    String first = space > 0 ? stripped.substring(0, space) : stripped;
    // Profile names are free text: keep it short and free of WhatsApp formatting marks.
    first = first.replaceAll("[*_~`]", "");
    return first.length() > 30 ? first.substring(0, 30) : first;
  }
}
