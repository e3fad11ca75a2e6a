package mx.aprende.bot.console.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where staff accounts live. */
public interface AccountStore {

  Optional<StaffAccount> find(String username);

  List<StaffAccount> all();

  boolean isEmpty();

  /**
   * Creates the account.
   *
   * @return false when the username is taken
   */
  boolean create(StaffAccount account);

  void recordFailure(String username, int failures, Optional<Instant> lockedUntil);

  void recordSuccess(String username);

  void changePassword(String username, String passwordHash, boolean mustChange);
}
