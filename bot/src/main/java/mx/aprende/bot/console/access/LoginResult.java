package mx.aprende.bot.console.access;

import java.time.Instant;

/** What a login attempt came to. */
public sealed interface LoginResult {

  /** Logged in; the password may have to be changed first. */
  record Success(Staff staff, boolean mustChangePassword) implements LoginResult {}

  /** Wrong username or password (the page does not say which). */
  record Failure() implements LoginResult {}

  /** Too many failures: no attempt is checked before {@code until}. */
  record Locked(Instant until) implements LoginResult {}
}
