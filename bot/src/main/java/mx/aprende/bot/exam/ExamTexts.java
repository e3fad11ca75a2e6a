package mx.aprende.bot.exam;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the learner reads about exams, in Spanish for Mexican adults: {@code tú}, short sentences,
 * plain words. Kept together so a teacher can review the wording.
 */
final class ExamTexts {

  static final Locale SPANISH = Locale.forLanguageTag("es-MX");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d 'de' MMMM", SPANISH);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", SPANISH);

  static final String HOW_TO_FIND =
      "Para buscar un centro cerca de ti, comparte tu ubicación (📎 › *Ubicación*) o elige tu"
          + " estado.";
  static final String NO_CENTERS =
      "Todavía no hay centros de examen registrados. Pregunta de nuevo en unos días.";
  static final String CHOOSE_STATE = "¿En qué estado quieres presentar el examen?";
  static final String CHOOSE_MUNICIPALITY = "¿En qué municipio?";
  static final String CHOOSE_CENTER = "Estos son los centros. Toca *Ver centros* para elegir.";
  static final String NO_SESSIONS =
      "Por ahora este centro no tiene fechas de examen. Prueba otro centro o vuelve a preguntar"
          + " en unos días.";
  static final String NOT_READY_FOR_CENTER =
      "Cuando estés listo para un examen te diré las fechas de este centro. ¡Sigue practicando!";
  static final String FULL = "Uy, esa fecha se llenó hace un momento. Elige otra, por favor.";
  static final String UNAVAILABLE = "Esa fecha ya no está disponible. Elige otra, por favor.";
  static final String CANCEL_CONFIRM = "¿Seguro que quieres cancelar tu cita?";
  static final String CANCELLED =
      "Listo, cancelé tu cita. Cuando quieras, toca *Mi examen* en el menú para elegir otra fecha.";
  static final String KEPT = "Perfecto, tu cita sigue en pie.";
  static final String NOTHING_TO_CANCEL = "No encontré esa cita. Puede que ya esté cancelada.";
  static final String WHAT_TO_BRING =
      "Lleva: una identificación con foto (INE u otra) y tu CURP si la tienes. Llega 15 minutos"
          + " antes.";
  static final String NONE_READY_LOCATION =
      "Gracias por tu ubicación. Cuando estés listo para un examen, te diré los centros más"
          + " cercanos.";
  static final String CHOOSE_MODULE = "¿De qué módulo quieres el examen?";
  static final String NO_RESULT = "Todavía no tengo el resultado de ese examen.";

  private ExamTexts() {}

  static String ready(String moduleTitle) {
    return "¡Ya estás listo para el examen de *" + moduleTitle + "*! 🎉\n\n" + HOW_TO_FIND;
  }

  static String notReady(String moduleTitle, String nextStep, List<String> missing) {
    StringBuilder text =
        new StringBuilder("Todavía no estás listo para el examen de *")
            .append(moduleTitle)
            .append("*.\n\nLo que sigue: ")
            .append(nextStep)
            .append('.');
    if (!missing.isEmpty()) {
      text.append("\nTe falta dominar:");
      missing.stream().limit(5).forEach(skill -> text.append("\n• ").append(skill));
      if (missing.size() > 5) {
        text.append("\n• y ").append(missing.size() - 5).append(" más");
      }
    }
    return text.append("\n\nCuando lo domines, te aviso para tu examen.").toString();
  }

  static String nothingStarted() {
    return "Todavía no empiezas ningún módulo. Cuando domines uno, aquí eliges dónde y cuándo"
        + " presentar su examen.";
  }

  static String nearest(List<CenterFinder.Nearby> nearby) {
    StringBuilder text = new StringBuilder("Los centros más cercanos a ti:");
    int i = 1;
    for (CenterFinder.Nearby n : nearby) {
      text.append("\n\n")
          .append(i++)
          .append(". *")
          .append(n.center().name())
          .append("* (")
          .append(kilometres(n.kilometres()))
          .append(")\n")
          .append(n.center().address())
          .append('\n')
          .append(n.center().location().mapLink());
    }
    return text.append("\n\nToca *Ver centros* para ver sus fechas.").toString();
  }

  static String center(Center c) {
    String text =
        "*"
            + c.name()
            + "*\n"
            + c.address()
            + ", "
            + c.municipality()
            + ", "
            + c.state().shortName()
            + "\nHorario: "
            + c.openingHours()
            + "\nContacto: "
            + c.contact()
            + "\nMapa: "
            + c.location().mapLink();
    return c.sample() ? text + "\n\n⚠️ Es un centro de ejemplo, no uno real." : text;
  }

  static String chooseSession() {
    return "Elige la fecha de tu examen. Toca *Ver fechas*.";
  }

  static String sessionRow(ExamSession s) {
    return SHORT_DAY.format(s.date()) + " " + time(s.time());
  }

  static String booked(Booking b, ExamSession s, Center c, String moduleTitle) {
    return "¡Listo! Tu examen de *"
        + moduleTitle
        + "* está apartado. ✅\n\nTu código: *"
        + spaced(b.code())
        + "*\n"
        + when(s)
        + "\n"
        + c.name()
        + "\n"
        + c.address()
        + ", "
        + c.municipality()
        + "\n"
        + c.location().mapLink()
        + "\n\n"
        + WHAT_TO_BRING
        + "\n\nTe mando tu código QR: enséñalo al llegar. Un día antes te recuerdo.";
  }

  static String qrCaption(Booking b) {
    return "Tu código de examen: " + spaced(b.code());
  }

  static String upcoming(Booking b, ExamSession s, Center c, String moduleTitle) {
    return "Tienes cita para el examen de *"
        + moduleTitle
        + "*:\n"
        + when(s)
        + "\n"
        + c.name()
        + "\n"
        + c.address()
        + "\nCódigo: *"
        + spaced(b.code())
        + "*\n\n"
        + WHAT_TO_BRING;
  }

  static String alreadyBooked(Booking b) {
    return "Ya tienes una cita para ese examen (código *" + spaced(b.code()) + "*).";
  }

  static String passed(String moduleTitle, int score) {
    return "¡Felicidades! 🎉 Aprobaste el examen de *"
        + moduleTitle
        + "* con "
        + score
        + " puntos. Tu módulo queda acreditado.";
  }

  static String failed(String moduleTitle, int score, List<String> weakest) {
    StringBuilder text =
        new StringBuilder("Esta vez no aprobaste el examen de *")
            .append(moduleTitle)
            .append("* (")
            .append(score)
            .append(" puntos). No te desanimes: casi todos lo logran en el segundo intento.");
    if (!weakest.isEmpty()) {
      text.append("\n\nTu plan de repaso, en este orden:");
      int i = 1;
      for (String skill : weakest) {
        text.append('\n').append(i++).append(". ").append(skill);
      }
    }
    return text.append("\n\nCuando te sientas listo, aparta otra fecha.").toString();
  }

  static String when(ExamSession s) {
    String day = DAY.format(s.date());
    return Character.toUpperCase(day.charAt(0)) + day.substring(1) + ", " + time(s.time()) + " h";
  }

  static String date(LocalDate date) {
    return DAY.format(date);
  }

  /** "K7P Q3M": two groups of three are easier to read aloud and to type. */
  static String spaced(String code) {
    return code.substring(0, 3) + " " + code.substring(3);
  }

  private static String time(LocalTime t) {
    return String.format("%d:%02d", t.getHour(), t.getMinute());
  }

  private static String kilometres(double km) {
    return km < 10 ? String.format(SPANISH, "%.1f km", km) : Math.round(km) + " km";
  }
}
