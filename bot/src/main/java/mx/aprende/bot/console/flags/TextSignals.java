package mx.aprende.bot.console.flags;

import java.util.List;
import java.util.Set;
import mx.aprende.content.text.EditDistance;
import mx.aprende.content.text.TextFolding;

/**
 * What a learner's words suggest: asking for a person, frustration, risk. Matching is on folded
 * text (no accents, lower case) and tolerates a typo in longer words, because people write fast on
 * a phone ("no entiendo nada" as "no entindo nda").
 */
public final class TextSignals {

  private static final List<String> PERSON =
      List.of(
          "hablar con una persona",
          "hablar con alguien",
          "quiero una persona",
          "persona real",
          "un humano",
          "hablar con un asesor",
          "quiero un asesor",
          "hablar con el asesor",
          "necesito un asesor",
          "quiero hablar con alguien");

  private static final List<String> FRUSTRATION =
      List.of(
          "no entiendo nada",
          "ya me canse",
          "ya me harte",
          "esto no sirve",
          "no puedo con esto",
          "estoy harto",
          "estoy harta",
          "no le entiendo",
          "me rindo",
          "que dificil",
          "ya no quiero");

  private static final List<String> RISK =
      List.of(
          "me quiero morir",
          "quiero morirme",
          "quitarme la vida",
          "matarme",
          "suicidarme",
          "suicidar",
          "quiero morir",
          "me voy a matar",
          "suicidio",
          "no quiero vivir",
          "hacerme dano",
          "me pega",
          "me golpea",
          "me golpean",
          "me pegan",
          "me violo",
          "abuso de mi",
          "abusan de mi",
          "me amenaza",
          "me quiere matar",
          "lo voy a matar",
          "la voy a matar");

  /** A learner telling us something went wrong with their exam or booking. */
  private static final List<String> EXAM_PROBLEM =
      List.of(
          "no pude ir al examen",
          "no fui al examen",
          "no llegue al examen",
          "no pude llegar al examen",
          "perdi mi examen",
          "perdi mi codigo",
          "no tengo mi codigo",
          "no me llego el codigo",
          "no me llego mi codigo",
          "problema con mi examen",
          "problema con el examen",
          "problema con mi cita",
          "no me dejaron entrar",
          "no me dejaron hacer el examen",
          "no me quisieron recibir",
          "el centro estaba cerrado",
          "estaba cerrado el centro",
          "no encuentro el centro",
          "no aparece mi cita",
          "no puedo apartar",
          "no puedo agendar",
          "me cancelaron el examen",
          "cancelaron mi examen",
          "no me dieron mi resultado",
          "no me llego mi resultado",
          "no me llego mi certificado");

  private static final Set<String> SHORT_WORDS = Set.of("me", "no", "la", "lo", "un", "de", "el");

  private TextSignals() {}

  public static boolean asksForPerson(String text) {
    return containsAny(text, PERSON);
  }

  public static boolean frustrated(String text) {
    return containsAny(text, FRUSTRATION);
  }

  public static boolean risky(String text) {
    return containsAny(text, RISK);
  }

  /** Whether the learner writes about a problem with their exam (a missed exam, a lost code...). */
  public static boolean examProblem(String text) {
    return containsAny(text, EXAM_PROBLEM);
  }

  /** Whether the phrase occurs as consecutive words, each allowed a typo when long enough. */
  static boolean containsAny(String text, List<String> phrases) {
    String[] words = TextFolding.words(text).split(" ");
    for (String phrase : phrases) {
      String[] wanted = phrase.split(" ");
      for (int start = 0; start + wanted.length <= words.length; start++) {
        if (matchesAt(words, start, wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(String[] words, int start, String[] wanted) {
    for (int i = 0; i < wanted.length; i++) {
      if (!close(words[start + i], wanted[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean close(String word, String wanted) {
    if (word.equals(wanted)) {
      return true;
    }
    // One typo per word at most: "matarme" must not match "mataron".
    return !SHORT_WORDS.contains(wanted)
        && EditDistance.tolerance(wanted) > 0
        && EditDistance.distance(word, wanted, 1) <= 1;
  }
}
