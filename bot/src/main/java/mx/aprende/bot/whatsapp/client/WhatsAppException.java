package mx.aprende.bot.whatsapp.client;

/**
 * Base of every failure of the WhatsApp client. Unchecked: callers decide at the edge (the outbound
 * sender) whether to retry, drop or alert, using {@link #retryable()}. Messages never contain the
 * access token or message content.
 */
public abstract class WhatsAppException extends RuntimeException {

  /**
   * A failure with a message.
   *
   * @param message what went wrong, without secrets or personal data
   */
  protected WhatsAppException(String message) {
    super(message);
  }

  /**
   * A failure with a message and a cause.
   *
   * @param message what went wrong, without secrets or personal data
   * @param cause the underlying failure
   */
  protected WhatsAppException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether sending the same request again later can succeed.
   *
   * @return true if a retry (with back-off) may help
   */
  public abstract boolean retryable();
}
