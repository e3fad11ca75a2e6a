package mx.aprende.bot.exam;

import java.util.List;
import java.util.Optional;

/**
 * Port: messages the exam feature sends to a learner outside the conversation's replies (images,
 * documents, and templates for when the 24-hour window may be closed). Implementations send at
 * once; a failure is logged by them and never breaks the learner's turn.
 */
public interface LearnerMessages {

  /** A PNG image with a caption (the booking QR). */
  void image(String learnerKey, byte[] png, String fileName, String caption);

  /** A PDF document with a caption (the certificate). */
  void document(String learnerKey, byte[] pdf, String fileName, String caption);

  /**
   * An approved template: body parameters in order and, when given, the payload of its one
   * quick-reply button (it comes back as a tap with that id).
   */
  void template(
      String learnerKey, String name, List<String> bodyParameters, Optional<String> buttonPayload);
}
