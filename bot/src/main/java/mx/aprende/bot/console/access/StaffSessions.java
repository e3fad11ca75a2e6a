package mx.aprende.bot.console.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Browser sessions for staff: a random token in a cookie (only its hash is stored, so a database
 * leak gives no sessions), a CSRF token per session, an idle timeout and an absolute lifetime.
 */
public final class StaffSessions {

  static final Duration IDLE = Duration.ofHours(2);
  static final Duration LIFETIME = Duration.ofHours(12);

  private final StaffSessionStore store;
  private final InstantSource clock;
  private final SecureRandom random = new SecureRandom();

  public StaffSessions(StaffSessionStore store, InstantSource clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * A session as a request sees it.
   *
   * @param token the cookie value
   * @param username whose session
   * @param csrfToken the token forms and htmx requests must send back
   */
  public record Active(String token, String username, String csrfToken) {}

  /** Opens a session after a successful login. */
  public Active open(String username) {
    String token = randomToken();
    String csrf = randomToken();
    Instant now = clock.instant();
    store.save(new StaffSessionStore.StoredSession(hash(token), username, csrf, now, now));
    return new Active(token, username, csrf);
  }

  /** The live session for this cookie value; touching it extends the idle timeout. */
  public Optional<Active> find(String token) {
    if (token.isBlank()) {
      return Optional.empty();
    }
    String key = hash(token);
    Optional<StaffSessionStore.StoredSession> stored = store.find(key);
    Instant now = clock.instant();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    StaffSessionStore.StoredSession session = stored.get();
    if (session.lastSeen().plus(IDLE).isBefore(now)
        || session.createdAt().plus(LIFETIME).isBefore(now)) {
      store.delete(key);
      return Optional.empty();
    }
    // One write a minute is enough for an idle timeout of hours.
    if (session.lastSeen().plus(Duration.ofMinutes(1)).isBefore(now)) {
      store.touch(key, now);
    }
    return Optional.of(new Active(token, session.username(), session.csrfToken()));
  }

  public void close(String token) {
    store.delete(hash(token));
  }

  /** Ends every session of a person (after a password change, for instance). */
  public void closeAll(String username) {
    store.deleteAllOf(username);
  }

  public long sweep() {
    Instant now = clock.instant();
    return store.deleteExpired(now.minus(IDLE), now.minus(LIFETIME));
  }

  /** A URL-safe random token of 256 bits. */
  public String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Compares two tokens in constant time. */
  public static boolean sameToken(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
