package mx.aprende.bot.tutor;

/**
 * How many language-model tokens each learner may still spend today. Implementations are
 * thread-safe and count days in Mexico's time.
 */
public interface TokenBudget {

  /** Whether {@code learnerKey} may still use the model today. */
  boolean allows(String learnerKey);

  /** Records {@code tokens} spent by {@code learnerKey} today. */
  void spend(String learnerKey, long tokens);
}
