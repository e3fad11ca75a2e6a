package mx.aprende.bot.console.access;

import java.time.Instant;
import java.util.Optional;

/** Where browser sessions of staff live, keyed by a hash of the cookie token. */
public interface StaffSessionStore {

  /**
   * One stored session.
   *
   * @param tokenHash SHA-256 of the cookie value, hex
   * @param username whose session
   * @param csrfToken the token every state-changing request must carry
   * @param createdAt when the person logged in
   * @param lastSeen the last request
   */
  record StoredSession(
      String tokenHash, String username, String csrfToken, Instant createdAt, Instant lastSeen) {}

  void save(StoredSession session);

  Optional<StoredSession> find(String tokenHash);

  void touch(String tokenHash, Instant at);

  void delete(String tokenHash);

  void deleteAllOf(String username);

  /**
   * Removes sessions idle since before {@code idleBefore} or created before {@code createdBefore}.
   */
  long deleteExpired(Instant idleBefore, Instant createdBefore);
}
