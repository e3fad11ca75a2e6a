package mx.aprende.bot.templates;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The approved templates the bot sends outside the customer service window, each in the exact text
 * submitted to Meta (language {@value #LANGUAGE}, category {@value #CATEGORY}). Variables are
 * positional ({@code {{1}}}, {@code {{2}}}, ...); none starts or ends a body, as Meta requires.
 * Quick-reply buttons come back as an inbound choice carrying the payload set when sending.
 *
 * <p>Changing a body here means submitting the template again (under a new name if it is already
 * approved) and updating {@code docs/templates.md}; {@code MessageTemplateTest} fails until both
 * agree.
 */
public enum MessageTemplate {
  /** The reminder the learner asked for, on their days at their time. */
  STUDY_REMINDER(
      "aprende_recordatorio",
      "Hola, {{1}}. Es tu hora de estudiar en Aprende. Hoy te toca: {{2}}. Son solo unos"
          + " minutos. ¿Empezamos?",
      List.of(
          new Parameter("learner first name", "Ana"),
          new Parameter("next lesson or topic", "Sumar y restar")),
      List.of(new QuickReply("Empezar", "menu:lesson"), new QuickReply("Hoy no", "rem:skip"))),

  /** Two days without a message from the learner. */
  INACTIVE_2_DAYS(
      "aprende_pendiente_2d",
      "Hola, {{1}}. Te espera {{2}} en Aprende. Con unos minutos al día avanzas mucho."
          + " ¿Seguimos?",
      List.of(
          new Parameter("learner first name", "Ana"),
          new Parameter("lesson or topic in progress", "Contar hasta 100")),
      List.of(new QuickReply("Seguir", "menu:lesson"))),

  /** A week without a message from the learner. */
  INACTIVE_7_DAYS(
      "aprende_pendiente_7d",
      "Hola, {{1}}. Hace una semana que no estudiamos. Todo tu avance está guardado. Seguimos con"
          + " {{2}} cuando tú quieras.",
      List.of(
          new Parameter("learner first name", "Ana"),
          new Parameter("lesson or topic in progress", "Fracciones")),
      List.of(new QuickReply("Seguir", "menu:lesson"))),

  /** Three weeks without a message: the last nudge, with the way out. */
  INACTIVE_21_DAYS(
      "aprende_pendiente_21d",
      "Hola, {{1}}. Te extrañamos en Aprende. Tu avance sigue guardado y puedes volver cuando"
          + " quieras. Si ya no quieres recibir mensajes, toca *Darme de baja*.",
      List.of(new Parameter("learner first name", "Ana")),
      List.of(
          new QuickReply("Volver a estudiar", "menu:lesson"),
          new QuickReply("Darme de baja", "menu:leave"))),

  /** The weekly summary of what the learner did and mastered. */
  WEEKLY_PROGRESS(
      "aprende_progreso_semanal",
      "Hola, {{1}}. Tu semana en Aprende: hiciste {{2}} ejercicios y ya dominas {{3}} de {{4}}"
          + " temas de {{5}}. ¡Sigue así!",
      List.of(
          new Parameter("learner first name", "Ana"),
          new Parameter("exercises done this week", "12"),
          new Parameter("skills mastered in the module", "3"),
          new Parameter("skills in the module", "8"),
          new Parameter("module title", "Los números")),
      List.of(
          new QuickReply("Ver mi progreso", "menu:progress"),
          new QuickReply("Seguir", "menu:lesson"))),

  /** The day before the learner's exam at a center (sent by the exam job). */
  EXAM_DAY(
      "aprende_examen_recordatorio",
      "Hola. Te recordamos tu examen de {{1}} en {{2}}, {{3}}. Tu código es {{4}}. Lleva una"
          + " identificación oficial con foto y tu CURP si la tienes. ¡Mucho éxito!",
      List.of(
          new Parameter("module title", "Los números"),
          new Parameter("center name", "Plaza Comunitaria Centro (ejemplo)"),
          new Parameter("exam day and time, in words", "martes 8 de diciembre a las 10:00"),
          new Parameter("booking code, spaced", "K7P 9QX")),
      List.of(new QuickReply("Ver mi examen", "exam:show:<code>"))),

  /** The center recorded the learner's exam result (sent by the exam job). */
  EXAM_RESULT(
      "aprende_examen_resultado",
      "Hola. Ya está el resultado de tu examen de {{1}}. Toca el botón para verlo.",
      List.of(new Parameter("module title", "Los números")),
      List.of(new QuickReply("Ver resultado", "exam:result:<code>"))),

  /** A tutor answered after the learner's window closed. */
  TUTOR_REPLY(
      "aprende_respuesta_asesor",
      "Hola, {{1}}. Tu asesor ya te respondió en Aprende. Toca *Ver respuesta* para leerla.",
      List.of(new Parameter("learner first name", "Ana")),
      List.of(new QuickReply("Ver respuesta", "tutor:reply")));

  /** What fills a topic when the learner has not started one yet; fits every body above. */
  public static final String ANY_TOPIC = "tu siguiente tema";

  /** The language every template is approved in: Spanish (Mexico). */
  public static final String LANGUAGE = "es_MX";

  /** Every template is transactional (reminders the learner asked for, progress, exam, tutor). */
  public static final String CATEGORY = "UTILITY";

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{(\\d+)}}");

  /**
   * One variable of a template.
   *
   * @param meaning what it holds, in English, for reviewers
   * @param sample the example value submitted to Meta
   */
  public record Parameter(String meaning, String sample) {}

  /**
   * A quick-reply button.
   *
   * @param title the button text approved with the template (at most 20 characters)
   * @param payload what comes back when it is tapped
   */
  public record QuickReply(String title, String payload) {}

  private final String templateName;
  private final String body;
  private final List<Parameter> parameters;
  private final List<QuickReply> quickReplies;

  MessageTemplate(
      String templateName, String body, List<Parameter> parameters, List<QuickReply> quickReplies) {
    this.templateName = templateName;
    this.body = body;
    this.parameters = List.copyOf(parameters);
    this.quickReplies = List.copyOf(quickReplies);
  }

  /** The name approved by Meta. */
  public String templateName() {
    return templateName;
  }

  /** The body with {@code {{n}}} variables, exactly as submitted. */
  public String body() {
    return body;
  }

  /** The variables in order: {@code parameters().get(0)} fills {@code {{1}}}. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /** The quick-reply buttons in order. */
  public List<QuickReply> quickReplies() {
    return quickReplies;
  }

  /**
   * This template with its variables filled.
   *
   * @param values one value per parameter, in order
   * @throws IllegalArgumentException when the count differs from {@link #parameters()}
   */
  public FilledTemplate fill(String... values) {
    return new FilledTemplate(this, List.of(values));
  }

  /** The body with {@code values} in place of the variables, as the learner reads it. */
  String render(List<String> values) {
    Matcher matcher = VARIABLE.matcher(body);
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      int index = Integer.parseInt(matcher.group(1)) - 1;
      matcher.appendReplacement(text, Matcher.quoteReplacement(values.get(index)));
    }
    matcher.appendTail(text);
    return text.toString();
  }

  /** The catalogue's template called {@code templateName}, if any. */
  public static Optional<MessageTemplate> named(String templateName) {
    for (MessageTemplate template : values()) {
      if (template.templateName.equals(templateName)) {
        return Optional.of(template);
      }
    }
    return Optional.empty();
  }

  /**
   * This template filled for a learner whose name and topic we do not look up (a staff action):
   * names become "de nuevo", topics {@link #ANY_TOPIC}.
   */
  public FilledTemplate fillGeneric() {
    return new FilledTemplate(
        this,
        parameters.stream().map(p -> p.meaning().contains("topic") ? ANY_TOPIC : "").toList());
  }

  /** The variable numbers in the order they appear in the body. */
  List<Integer> variables() {
    return VARIABLE.matcher(body).results().map(r -> Integer.parseInt(r.group(1))).toList();
  }
}
