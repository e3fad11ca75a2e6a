package mx.aprende.bot.console.access;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import mx.aprende.bot.console.ConsoleException;

/**
 * Staff accounts: creation with a generated one-time password, login with lockout, password change.
 * After {@value #FREE_FAILURES} failed logins an account is locked, for one minute and then twice
 * as long after each further failure (at most an hour), so guessing is slow while a person who
 * mistyped is not locked out for long.
 */
public final class Accounts {

  static final int FREE_FAILURES = 5;
  private static final Duration MAX_LOCK = Duration.ofHours(1);
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

  private final AccountStore store;
  private final Passwords passwords;
  private final InstantSource clock;
  // Compared against when the username is unknown, so timing does not reveal which names exist.
  private final String decoyHash;

  public Accounts(AccountStore store, Passwords passwords, InstantSource clock) {
    this.store = store;
    this.passwords = passwords;
    this.clock = clock;
    this.decoyHash = passwords.hash(passwords.generate());
  }

  /** A new account and its one-time password (shown once, never stored in clear). */
  public record Created(StaffAccount account, String oneTimePassword) {}

  /**
   * Creates an account with a generated password that must be changed at the first login.
   *
   * @throws ConsoleException when the username is invalid or taken
   */
  public Created create(String username, Role role, Scope scope) {
    String name = normalize(username);
    if (!USERNAME.matcher(name).matches()) {
      throw new ConsoleException(
          "Usernames are 3 to 40 lower-case letters, digits, dots, dashes or underscores");
    }
    String password = passwords.generate();
    StaffAccount account =
        new StaffAccount(
            name,
            role,
            role == Role.ADMIN ? new Scope.Everyone() : scope,
            passwords.hash(password),
            true,
            0,
            Optional.empty());
    if (!store.create(account)) {
      throw new ConsoleException("The username " + name + " is taken");
    }
    return new Created(account, password);
  }

  /** On an empty store, creates the first admin; otherwise nothing. */
  public Optional<Created> bootstrapAdmin() {
    if (!store.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(create("admin", Role.ADMIN, new Scope.Everyone()));
  }

  public LoginResult login(String username, String password) {
    Optional<StaffAccount> found = store.find(normalize(username));
    if (found.isEmpty()) {
      passwords.matches(password, decoyHash);
      return new LoginResult.Failure();
    }
    StaffAccount account = found.get();
    Instant now = clock.instant();
    if (account.lockedUntil().filter(now::isBefore).isPresent()) {
      return new LoginResult.Locked(account.lockedUntil().get());
    }
    if (!passwords.matches(password, account.passwordHash())) {
      int failures = account.failures() + 1;
      Optional<Instant> lock = lockAfter(failures).map(now::plus);
      store.recordFailure(account.username(), failures, lock);
      return lock.<LoginResult>map(LoginResult.Locked::new).orElseGet(LoginResult.Failure::new);
    }
    store.recordSuccess(account.username());
    return new LoginResult.Success(account.staff(), account.mustChangePassword());
  }

  /**
   * Replaces the password after checking the current one.
   *
   * @return false when the current password is wrong or the new one is not acceptable
   */
  public boolean changePassword(String username, String current, String replacement) {
    Optional<StaffAccount> account = store.find(username);
    if (account.isEmpty()
        || !passwords.matches(current, account.get().passwordHash())
        || !Passwords.acceptable(replacement)
        || replacement.equals(current)) {
      return false;
    }
    store.changePassword(username, passwords.hash(replacement), false);
    return true;
  }

  /** Every account, by username. */
  public java.util.List<StaffAccount> all() {
    return store.all();
  }

  /** Whether the account still has to replace its generated password. */
  public boolean mustChangePassword(String username) {
    return store.find(username).map(StaffAccount::mustChangePassword).orElse(true);
  }

  /** The account's current role and scope (a role change applies at the next request). */
  public Optional<Staff> current(String username) {
    return store.find(username).map(StaffAccount::staff);
  }

  static Optional<Duration> lockAfter(int failures) {
    if (failures < FREE_FAILURES) {
      return Optional.empty();
    }
    int doublings = Math.min(failures - FREE_FAILURES, 6);
    Duration lock = Duration.ofMinutes(1L << doublings);
    return Optional.of(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
  }

  private static String normalize(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }
}
