package mx.aprende.bot.console;

/** The console's one unchecked failure: a broken account store, a refused action. */
public final class ConsoleException extends RuntimeException {

  public ConsoleException(String message) {
    super(message);
  }

  public ConsoleException(String message, Throwable cause) {
    super(message, cause);
  }
}
