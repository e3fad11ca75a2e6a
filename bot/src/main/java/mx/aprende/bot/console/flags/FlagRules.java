package mx.aprende.bot.console.flags;

import java.util.ArrayList;
import java.util.List;
import mx.aprende.content.text.TextFolding;

/**
 * The rules that flag a turn. Pure: the same facts always give the same flags, so each rule is a
 * table row in the tests. Flags raised elsewhere (the tutor's guard, exam problems, tutors by hand)
 * go straight to the {@link FlagStore}.
 */
public final class FlagRules {

  /** Wrong answers in a row on one skill before a person should look. */
  public static final int MISSES_IN_A_ROW = 3;

  /** Turns in a row the bot did not understand before a person should look. */
  public static final int NOT_UNDERSTOOD_IN_A_ROW = 3;

  /** Fragments of the bot's own answers that mean "I did not understand you". */
  private static final List<String> NOT_UNDERSTOOD_MARKERS =
      List.of("no encontre eso", "no puedo abrir ese tipo", "no te entendi", "no entendi");

  /**
   * One flag to raise.
   *
   * @param reason why
   * @param severity how soon
   * @param detail a short explanation for the tutor
   */
  public record Raised(Reason reason, Severity severity, String detail) {}

  private FlagRules() {}

  public static List<Raised> evaluate(TurnFacts facts) {
    List<Raised> raised = new ArrayList<>();
    facts
        .learnerText()
        .ifPresent(
            text -> {
              if (TextSignals.risky(text)) {
                raised.add(
                    new Raised(
                        Reason.RISK, Severity.URGENT, "El mensaje contiene palabras de riesgo."));
              }
              if (TextSignals.asksForPerson(text)) {
                raised.add(
                    new Raised(
                        Reason.PERSON, Reason.PERSON.severity(), "Pidió hablar con una persona."));
              }
              if (TextSignals.examProblem(text)) {
                raised.add(
                    new Raised(
                        Reason.EXAM,
                        Reason.EXAM.severity(),
                        "Escribió sobre un problema con su examen o su cita."));
              }
              if (TextSignals.frustrated(text)) {
                raised.add(
                    new Raised(
                        Reason.FRUSTRATION,
                        Reason.FRUSTRATION.severity(),
                        "El mensaje muestra frustración."));
              }
            });
    if (missedInARow(facts.latestSkillResults())) {
      raised.add(
          new Raised(
              Reason.MISSES,
              Reason.MISSES.severity(),
              MISSES_IN_A_ROW + " respuestas incorrectas seguidas en la misma habilidad."));
    }
    if (facts.notUnderstoodStreak() >= NOT_UNDERSTOOD_IN_A_ROW) {
      raised.add(
          new Raised(
              Reason.NOT_UNDERSTOOD,
              Reason.NOT_UNDERSTOOD.severity(),
              facts.notUnderstoodStreak() + " mensajes seguidos sin entender."));
    }
    return List.copyOf(raised);
  }

  /** Whether one of the bot's replies says it did not understand the learner. */
  public static boolean botDidNotUnderstand(List<String> botTexts) {
    return botTexts.stream()
        .map(TextFolding::words)
        .anyMatch(text -> NOT_UNDERSTOOD_MARKERS.stream().anyMatch(text::contains));
  }

  private static boolean missedInARow(List<Boolean> newestFirst) {
    return newestFirst.size() >= MISSES_IN_A_ROW
        && newestFirst.subList(0, MISSES_IN_A_ROW).stream().noneMatch(Boolean::booleanValue);
  }
}
