package mx.aprende.bot.whatsapp.client;

import java.util.OptionalInt;

/**
 * The Graph API could not be reached or did not answer usefully: connection refused, timeout, or a
 * 5xx/429 response without a Graph error body (a proxy or load balancer page). Always retryable
 * with back-off; the request may or may not have been processed, so sends can duplicate.
 */
public final class GraphUnavailableException extends WhatsAppException {

  private final OptionalInt httpStatus;

  GraphUnavailableException(String message, Throwable cause) {
    super(message, cause);
    this.httpStatus = OptionalInt.empty();
  }

  GraphUnavailableException(String message, int httpStatus) {
    super(message);
    this.httpStatus = OptionalInt.of(httpStatus);
  }

  /**
   * The HTTP status, when a response arrived.
   *
   * @return the status, or empty for transport failures
   */
  public OptionalInt httpStatus() {
    return httpStatus;
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
