package mx.aprende.bot.whatsapp.client;

import java.util.Objects;

/**
 * What the catalogue in {@link GraphErrors} says about one error code.
 *
 * @param category how to think about the error
 * @param maxRetries how many times a retry (with back-off) is worth it; 0 means do not retry
 * @param reaction one sentence for operators: what the bot should do
 */
public record ErrorAdvice(ErrorCategory category, int maxRetries, String reaction) {

  /** Rejects nulls and negative retry counts. */
  public ErrorAdvice {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(reaction, "reaction");
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative");
    }
  }

  /**
   * Whether retrying can help.
   *
   * @return {@code maxRetries > 0}
   */
  public boolean retryable() {
    return maxRetries > 0;
  }
}
