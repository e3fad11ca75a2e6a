package mx.aprende.bot.whatsapp;

import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.whatsapp.client.Media;

/**
 * Turns a document reply into a WhatsApp document message: renders or finds the file and uploads it
 * when needed (the study guides do this per unit version).
 */
public interface WhatsAppDocuments {

  /**
   * The document message for {@code document}, its media already uploaded.
   *
   * @throws RuntimeException (a {@code WhatsAppException} or the feature's own) when it cannot be
   *     prepared; the learner then gets the usual apology
   */
  Media message(Reply.Document document);
}
