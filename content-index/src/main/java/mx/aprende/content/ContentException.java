package mx.aprende.content;

/**
 * The one unchecked exception family of the content module: a curriculum that cannot be read, an
 * index that cannot be built, an input that breaks a documented precondition.
 */
public class ContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error described by {@code message}. */
  public ContentException(String message) {
    super(message);
  }

  /** An error described by {@code message}, caused by {@code cause}. */
  public ContentException(String message, Throwable cause) {
    super(message, cause);
  }
}
