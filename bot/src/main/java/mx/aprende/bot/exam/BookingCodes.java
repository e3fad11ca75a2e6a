package mx.aprende.bot.exam;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Short booking codes people can read aloud and type: six characters from 32 letters and digits
 * without the look-alikes 0/O and 1/I (about a billion codes). Uniqueness is the store's job (a
 * unique index; the booking retries with a new code on a clash).
 */
public final class BookingCodes {

  /** The alphabet: digits 2–9 and letters without I and O. */
  public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  public static final int LENGTH = 6;

  private final RandomGenerator random;

  /** Codes drawn from {@code random} (a {@code SecureRandom} in production, seeded in tests). */
  public BookingCodes(RandomGenerator random) {
    this.random = random;
  }

  public String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * What someone typed or read as a code, normalised: upper case, spaces and dashes dropped. A
   * look-alike (0, O, 1, I) cannot occur in a code, so it makes the input invalid rather than
   * guessed.
   */
  public static Optional<String> parse(String typed) {
    String code = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    if (code.length() != LENGTH) {
      return Optional.empty();
    }
    for (int i = 0; i < code.length(); i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(code);
  }
}
