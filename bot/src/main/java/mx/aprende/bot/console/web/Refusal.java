package mx.aprende.bot.console.web;

import io.helidon.http.Status;
import java.util.Optional;
import mx.aprende.bot.console.learners.SendResult;

/**
 * Why a message a person wrote did not go out, in Spanish words the tutor can act on: what
 * happened, what to do next, and whether the one-click template is the way forward.
 *
 * @param title one line saying what happened
 * @param advice why, and what to do now
 * @param offerTemplate whether the page offers the approved template as the next step
 * @param status the HTTP status of the page that explains it
 */
record Refusal(String title, String advice, boolean offerTemplate, Status status) {

  /** The refusal a send result stands for; empty when the message was accepted. */
  static Optional<Refusal> of(SendResult result) {
    return switch (result) {
      case SendResult.Accepted accepted -> Optional.empty();
      case SendResult.WindowClosed closed ->
          Optional.of(
              new Refusal(
                  "No se envió: la ventana de 24 horas está cerrada.",
                  "WhatsApp solo deja escribir texto libre durante 24 horas después del último"
                      + " mensaje del estudiante, y un mensaje reciente ya no le llegó por eso."
                      + " Envía la plantilla aprobada que le invita a escribir. Cuando conteste,"
                      + " podrás escribirle de nuevo.",
                  true,
                  Status.CONFLICT_409));
      case SendResult.TooLong tooLong ->
          Optional.of(
              new Refusal(
                  "No se envió: el mensaje es demasiado largo.",
                  "WhatsApp acepta hasta "
                      + tooLong.limit()
                      + " caracteres por mensaje. Acórtalo o divídelo en dos y envía cada parte.",
                  false,
                  Status.UNPROCESSABLE_CONTENT_422));
      case SendResult.Unavailable unavailable ->
          Optional.of(
              new Refusal(
                  "No se envió: la cola de envío no está disponible.",
                  "El mensaje no se guardó. Espera un minuto y vuelve a enviarlo: tu texto sigue"
                      + " en el cuadro. Si vuelve a pasar, avisa a quien administra Aprende.",
                  false,
                  Status.SERVICE_UNAVAILABLE_503));
    };
  }
}
