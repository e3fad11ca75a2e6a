package mx.aprende.bot.privacy.crypto;

/**
 * A protected value cannot be sealed or opened: a malformed or unknown key, a ciphertext that was
 * altered, or one sealed under a key id this process does not hold. The message never contains the
 * value itself.
 */
public final class DataProtectionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DataProtectionException(String message) {
    super(message);
  }

  public DataProtectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
