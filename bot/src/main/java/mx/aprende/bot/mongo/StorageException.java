package mx.aprende.bot.mongo;

/** Storage could not be opened or used; the message says what to do. */
public final class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
