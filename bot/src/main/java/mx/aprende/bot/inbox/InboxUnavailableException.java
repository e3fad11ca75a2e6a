package mx.aprende.bot.inbox;

/** The inbox store cannot be reached; nothing was stored. */
public final class InboxUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InboxUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
