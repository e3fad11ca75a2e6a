package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.aprende.content.text.EditDistance;
import mx.aprende.content.text.TextFolding;

/**
 * The words that work anywhere, whatever the accents, case and small typos, with their usual
 * synonyms. A message is a command only when it is the command and little else, so an answer or a
 * question that merely contains "menú" is not taken for one.
 */
enum Command {
  MENU("menu", "menus", "opciones", "inicio", "volver al menu", "ver menu", "ver opciones"),
  MODULES("modulos", "modulo", "niveles", "ver modulos", "temas"),
  HELP("ayuda", "asesor", "asesora", "auxilio", "hablar con asesor", "humano"),
  HINT("pista", "pistas", "una pista", "dame una pista", "ayudita"),
  REPEAT("repetir", "repite", "otra vez", "de nuevo", "repiteme", "no lo vi"),
  SKIP("saltar", "salta", "siguiente tema", "omitir", "pasar", "brincar"),
  PROGRESS("progreso", "mi progreso", "avance", "mi avance", "como voy", "calificacion"),
  LEAVE("baja", "darme de baja", "dar de baja", "stop", "no quiero mensajes"),
  ERASE("borrar mis datos", "borrar datos", "borra mis datos", "eliminar mis datos");

  private static final int MAX_WORDS = 5;

  private final List<String> phrases;

  Command(String... phrases) {
    this.phrases = List.of(phrases);
  }

  /** The command {@code text} is, if it is one. */
  static Optional<Command> of(String text) {
    String words = TextFolding.words(text);
    if (words.isEmpty() || words.split(" ").length > MAX_WORDS) {
      return Optional.empty();
    }
    for (Command command : values()) {
      if (command.phrases.contains(words)) {
        return Optional.of(command);
      }
    }
    Command best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Command command : values()) {
      for (String phrase : command.phrases) {
        int tolerance = EditDistance.tolerance(phrase);
        int distance = EditDistance.distance(words, phrase, tolerance);
        if (tolerance > 0 && distance <= tolerance && distance < bestDistance) {
          best = command;
          bestDistance = distance;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Typed words meaning yes / no to a question with two buttons. */
  static final Set<String> YES =
      Set.of("si", "sip", "simon", "claro", "ok", "okay", "va", "sale", "de acuerdo", "acepto");

  static final Set<String> NO = Set.of("no", "nop", "nel", "no acepto", "otro", "otro nombre");

  /** Greetings: after a while away they bring the "where you stopped" message. */
  static final Set<String> GREETINGS =
      Set.of(
          "hola",
          "ola",
          "holi",
          "buenas",
          "buenos dias",
          "buenas tardes",
          "buenas noches",
          "hi",
          "hello",
          "que tal",
          "hola buenas",
          "hola buenos dias",
          "hola buenas tardes");

  static boolean isGreeting(String text) {
    return GREETINGS.contains(TextFolding.words(text));
  }

  /** The typed answer to a yes/no question: empty when it is neither. */
  static Optional<Boolean> yesOrNo(String text) {
    String words = TextFolding.words(text);
    if (YES.contains(words) || words.startsWith("si ")) {
      return Optional.of(true);
    }
    if (NO.contains(words) || words.startsWith("no ")) {
      return Optional.of(false);
    }
    return Optional.empty();
  }
}
