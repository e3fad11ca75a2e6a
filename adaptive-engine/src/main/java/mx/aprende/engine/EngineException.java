package mx.aprende.engine;

/**
 * The one unchecked exception family of the adaptive engine: bad input data, impossible parameters,
 * or a storage failure. Callers catch this type to handle any engine failure.
 */
public class EngineException extends RuntimeException {

  /** An engine failure described by {@code message}. */
  public EngineException(String message) {
    super(message);
  }

  /** An engine failure described by {@code message}, caused by {@code cause}. */
  public EngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
