package mx.aprende.bot.whatsapp.wire;

/**
 * Signals, inside the readers only, that a known message type has a payload of the wrong shape. It
 * never leaves the package: the message is kept as {@link Unsupported} and the problem reported.
 */
final class BadContentException extends Exception {
  private static final long serialVersionUID = 1L;

  BadContentException(String problem) {
    // Control flow on untrusted input: no stack trace needed.
    super(problem, null, false, false);
  }
}
