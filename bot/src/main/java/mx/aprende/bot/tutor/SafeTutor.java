package mx.aprende.bot.tutor;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Put in front of any tutor: a message showing risk (self-harm, violence, abuse) gets a caring
 * reply with Mexico's crisis line and raises an urgent flag for a human; it never reaches the tutor
 * behind (so never a language model).
 */
public final class SafeTutor implements Tutor {

  private static final Logger LOG = Logger.getLogger(SafeTutor.class.getName());

  /** Línea de la Vida (Mexico's national crisis line, free, 24 hours). */
  public static final String CRISIS_LINE = "800 911 2000";

  static final String CARING_REPLY =
      "Gracias por contármelo. 💛 Lo que sientes importa y no estás solo ni sola."
          + "\n\nSi estás en peligro ahora, llama al *911*."
          + "\nPuedes hablar gratis, a cualquier hora, con la *Línea de la Vida: "
          + CRISIS_LINE
          + "*."
          + "\n\nUna persona de nuestro equipo te va a escribir pronto.";

  private final Tutor tutor;
  private final RiskAlerts alerts;

  public SafeTutor(Tutor tutor, RiskAlerts alerts) {
    this.tutor = tutor;
    this.alerts = alerts;
  }

  @Override
  public Answer answer(Question question) {
    Optional<RiskDetector.Kind> risk = RiskDetector.detect(question.question());
    return risk.isPresent() ? care(question.learnerKey(), risk.get()) : tutor.answer(question);
  }

  @Override
  public Answer hint(HintRequest request) {
    Optional<RiskDetector.Kind> risk = RiskDetector.detect(request.learnerAnswer());
    return risk.isPresent() ? care(request.learnerKey(), risk.get()) : tutor.hint(request);
  }

  private Answer care(String learnerKey, RiskDetector.Kind kind) {
    try {
      alerts.raise(learnerKey, kind);
    } catch (RuntimeException e) {
      // The learner still gets the crisis line; the log tells operators a flag was lost.
      LOG.log(Level.SEVERE, "Could not raise an urgent risk flag (" + kind + ")", e);
    }
    return new Answer(CARING_REPLY, Optional.empty());
  }
}
