package mx.aprende.bot.console.access;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;

/**
 * Argon2id password hashes (PHC strings) and generated passwords. The standard cost follows OWASP's
 * minimum for Argon2id (19 MiB, 2 iterations); tests use a cheaper one.
 */
public final class Passwords {

  /** Letters and digits that cannot be confused when read aloud or copied by hand. */
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Argon2Function function;
  private final SecureRandom random = new SecureRandom();

  private Passwords(int memoryKib, int iterations) {
    this.function = Argon2Function.getInstance(memoryKib, iterations, 1, 32, Argon2.ID);
  }

  public static Passwords standard() {
    return new Passwords(19_456, 2);
  }

  /** A fast, weak cost for tests only. */
  public static Passwords forTests() {
    return new Passwords(1_024, 1);
  }

  public String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(function).getResult();
  }

  public boolean matches(String password, String hash) {
    try {
      return Password.check(password, hash).with(function);
    } catch (RuntimeException e) {
      // A malformed stored hash is a failed login, not a server error.
      return false;
    }
  }

  /** A random password of 16 characters (about 92 bits). */
  public String generate() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  /** The rule for passwords people choose: long enough to resist guessing. */
  public static boolean acceptable(String password) {
    return password.length() >= 10 && password.length() <= 200 && !password.isBlank();
  }
}
