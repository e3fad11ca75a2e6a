package mx.aprende.ops;

/** The ops module's one unchecked failure: a tool could not do what it was asked. */
public final class OpsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OpsException(String message) {
    super(message);
  }

  public OpsException(String message, Throwable cause) {
    super(message, cause);
  }
}
