package mx.aprende.bot.whatsapp.wire;

/**
 * Thrown when a webhook body (or a stored message item) is not a JSON object at all. Everything
 * less severe is tolerated and reported as {@link Ignored}; the webhook endpoint maps this to HTTP
 * 400.
 */
public final class MalformedWebhookException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MalformedWebhookException(String message) {
    super(message);
  }

  MalformedWebhookException(String message, Throwable cause) {
    super(message, cause);
  }
}
