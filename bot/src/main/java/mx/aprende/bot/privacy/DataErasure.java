package mx.aprende.bot.privacy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.conversation.Conversation;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.content.text.EditDistance;
import mx.aprende.content.text.TextFolding;

/**
 * "Borrar mis datos": the usual ways to ask (accents, case and typos tolerated word by word), one
 * confirmation with buttons, then the erasure and a reply that says what was deleted and what is
 * kept. Asked before the conversation, so it works in any state, opted out included.
 */
public final class DataErasure implements Conversation.Dialog {

  static final String YES = "erase:yes";
  static final String NO = "erase:no";

  private static final Set<String> PHRASES =
      Set.of(
          "borrar mis datos",
          "borra mis datos",
          "borrar datos",
          "borrar mi informacion",
          "borrar mis mensajes",
          "eliminar mis datos",
          "elimina mis datos",
          "eliminar datos",
          "eliminar mi informacion",
          "eliminar mi cuenta",
          "borrar mi cuenta",
          "quiero borrar mis datos",
          "quiero eliminar mis datos");

  static final String CONFIRM =
      "¿Quieres borrar tus datos? Borraremos tu nombre, tus mensajes, tu avance y tus"
          + " recordatorios. No se puede deshacer."
          + "\n\nSolo guardaremos cifras generales, sin tu nombre ni tu número. Tus certificados se"
          + " podrán seguir verificando por su folio, sin tus datos.";
  static final String ERASED =
      "Listo. Borramos tus datos: tu nombre, tus mensajes, tu avance y tus recordatorios."
          + "\n\nSolo quedan cifras generales (cuántos ejercicios se hicieron en cada módulo), sin"
          + " nada que diga quién eres. Tus certificados siguen siendo verificables por su folio,"
          + " pero ya no guardamos de quién son. Si un día quieres volver, escríbenos *hola* y"
          + " empezamos de nuevo.";
  static final String KEPT = "Muy bien, tus datos siguen guardados. Escribe *menú* para seguir.";

  private final LearnerDataEraser eraser;

  public DataErasure(LearnerDataEraser eraser) {
    this.eraser = eraser;
  }

  @Override
  public Optional<List<Reply>> answer(String learnerKey, Inbound input) {
    return switch (input) {
      case Inbound.Text text when isRequest(text.body()) ->
          Optional.of(
              List.of(
                  new Reply.Buttons(
                      CONFIRM,
                      List.of(
                          Reply.Option.of(YES, "Sí, borrar todo"),
                          Reply.Option.of(NO, "No, conservar")))));
      case Inbound.Choice choice when choice.id().equals(YES) -> {
        eraser.erase(learnerKey);
        yield Optional.of(List.of(new Reply.Text(ERASED)));
      }
      case Inbound.Choice choice when choice.id().equals(NO) ->
          Optional.of(List.of(new Reply.Text(KEPT)));
      default -> Optional.empty();
    };
  }

  /** Whether {@code typed} asks to erase: a known phrase, each word within its typo tolerance. */
  static boolean isRequest(String typed) {
    String words = TextFolding.words(typed);
    if (PHRASES.contains(words)) {
      return true;
    }
    String[] typedWords = words.split(" ");
    for (String phrase : PHRASES) {
      String[] phraseWords = phrase.split(" ");
      if (phraseWords.length == typedWords.length && close(typedWords, phraseWords)) {
        return true;
      }
    }
    return false;
  }

  private static boolean close(String[] typed, String[] phrase) {
    for (int i = 0; i < phrase.length; i++) {
      int tolerance = EditDistance.tolerance(phrase[i]);
      if (EditDistance.distance(typed[i], phrase[i], tolerance) > tolerance) {
        return false;
      }
    }
    return true;
  }
}
