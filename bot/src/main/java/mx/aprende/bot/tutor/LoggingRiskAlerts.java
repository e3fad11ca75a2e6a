package mx.aprende.bot.tutor;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Risk alerts as log lines only, without who sent the message: for runs without a place where
 * tutors see flags.
 */
public final class LoggingRiskAlerts implements RiskAlerts {

  private static final Logger LOG = Logger.getLogger(LoggingRiskAlerts.class.getName());

  @Override
  public void raise(String learnerKey, RiskDetector.Kind kind) {
    LOG.log(Level.WARNING, "Urgent: a learner''s message showed risk ({0})", kind);
  }
}
