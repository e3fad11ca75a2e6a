package mx.aprende.bot.tutor;

/**
 * Tells a human tutor, urgently, that a learner's message showed risk. Implementations never throw
 * on a learner's path for long: they are called before the caring reply is sent.
 */
public interface RiskAlerts {

  /** Raises an urgent flag for {@code learnerKey} (never logged). */
  void raise(String learnerKey, RiskDetector.Kind kind);
}
