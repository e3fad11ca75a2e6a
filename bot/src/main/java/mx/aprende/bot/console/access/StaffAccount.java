package mx.aprende.bot.console.access;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored staff account.
 *
 * @param username the login name (lower case)
 * @param role the role
 * @param scope the learners the account may see
 * @param passwordHash the Argon2id hash in PHC string form
 * @param mustChangePassword the password was generated and must be replaced at the next login
 * @param failures failed logins since the last success
 * @param lockedUntil no login is tried before this instant
 */
public record StaffAccount(
    String username,
    Role role,
    Scope scope,
    String passwordHash,
    boolean mustChangePassword,
    int failures,
    Optional<Instant> lockedUntil) {

  public Staff staff() {
    return new Staff(username, role, scope);
  }
}
