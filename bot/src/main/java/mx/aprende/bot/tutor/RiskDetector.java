package mx.aprende.bot.tutor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mx.aprende.content.text.EditDistance;
import mx.aprende.content.text.TextFolding;

/**
 * Spots messages that show risk to the learner or to others, the way people write them on a phone:
 * colloquial, without accents, with typos. First-person phrases only, so a question about a lesson
 * on family violence is not taken for a cry for help. Pure and thread-safe.
 */
public final class RiskDetector {

  /** The kinds of risk a human tutor must see urgently. */
  public enum Kind {
    SELF_HARM,
    VIOLENCE,
    ABUSE
  }

  private record Phrase(Kind kind, List<String> words) {}

  private static final List<Phrase> PHRASES =
      phrases(
          Kind.SELF_HARM,
          "me quiero morir",
          "quiero morirme",
          "me quiero matar",
          "me voy a matar",
          "voy a matarme",
          "quiero matarme",
          "suicidarme",
          "suicidio",
          "suicida",
          "quitarme la vida",
          "acabar con mi vida",
          "ya no quiero vivir",
          "no quiero seguir viviendo",
          "mejor me muero",
          "ojala me muriera",
          "quisiera estar muerto",
          "quisiera estar muerta",
          "cortarme las venas",
          "me corto los brazos",
          "hacerme dano",
          "aventarme del puente",
          "tirarme del puente",
          "tomarme todas las pastillas",
          "colgarme");

  private static final List<Phrase> OTHERS =
      concat(
          phrases(
              Kind.VIOLENCE,
              "me pega",
              "me pegan",
              "me golpea",
              "me golpean",
              "me golpeo",
              "me amenaza",
              "me amenazan",
              "me quiere matar",
              "me quieren matar",
              "me van a matar",
              "lo voy a matar",
              "la voy a matar",
              "los voy a matar",
              "voy a matar a",
              "tengo una pistola",
              "me secuestraron"),
          phrases(
              Kind.ABUSE,
              "abusa de mi",
              "abuso de mi",
              "abusaron de mi",
              "abusan de mi",
              "me violo",
              "me violaron",
              "me viola",
              "me manosea",
              "me toca sin permiso",
              "me acosa",
              "me maltrata",
              "me encierra",
              "me obliga a tener relaciones"));

  private RiskDetector() {}

  /** The risk {@code text} shows, if any (self-harm first: it is the most urgent). */
  public static Optional<Kind> detect(String text) {
    List<String> words = List.of(TextFolding.words(text).split(" "));
    for (Phrase phrase : PHRASES) {
      if (contains(words, phrase.words())) {
        return Optional.of(phrase.kind());
      }
    }
    for (Phrase phrase : OTHERS) {
      if (contains(words, phrase.words())) {
        return Optional.of(phrase.kind());
      }
    }
    return Optional.empty();
  }

  private static boolean contains(List<String> words, List<String> phrase) {
    for (int start = 0; start + phrase.size() <= words.size(); start++) {
      boolean all = true;
      for (int i = 0; i < phrase.size() && all; i++) {
        all = close(words.get(start + i), phrase.get(i));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /**
   * Short words must match exactly ("me pagan" is not "me pegan"); longer ones forgive one typo,
   * the longest two.
   */
  private static boolean close(String typed, String target) {
    if (typed.equals(target)) {
      return true;
    }
    int tolerance = target.length() <= 5 ? 0 : target.length() <= 9 ? 1 : 2;
    return tolerance > 0
        && Math.min(tolerance, EditDistance.tolerance(target)) > 0
        && EditDistance.distance(typed, target, tolerance) <= tolerance;
  }

  private static List<Phrase> phrases(Kind kind, String... texts) {
    return Arrays.stream(texts).map(t -> new Phrase(kind, List.of(t.split(" ")))).toList();
  }

  private static List<Phrase> concat(List<Phrase> a, List<Phrase> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
