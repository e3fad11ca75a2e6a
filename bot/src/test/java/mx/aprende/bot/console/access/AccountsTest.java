package mx.aprende.bot.console.access;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import mx.aprende.bot.console.mongo.MongoAccountStore;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accounts: one-time passwords, Argon2id, lockout with back-off, password change. */
class AccountsTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));
  private final MongoAccountStore store = new MongoAccountStore(MongoTestSupport.freshDatabase());
  private final Accounts accounts = new Accounts(store, Passwords.forTests(), now::get);

  /** The first start creates an admin with a one-time password; the second start does not. */
  @Test
  void bootstrapsOneAdmin() {
    Accounts.Created admin = accounts.bootstrapAdmin().orElseThrow();
    assertThat(admin.account().role(), is(Role.ADMIN));
    assertThat(admin.account().passwordHash().startsWith("$argon2id$"), is(true));
    assertThat(admin.account().passwordHash().contains(admin.oneTimePassword()), is(false));
    assertThat(accounts.bootstrapAdmin().isPresent(), is(false));
    LoginResult result = accounts.login("ADMIN ", admin.oneTimePassword());
    assertThat(result, is(new LoginResult.Success(admin.account().staff(), true)));
  }

  /** Five wrong passwords lock the account; the lock doubles and a correct password waits. */
  @Test
  void locksAfterRepeatedFailures() {
    Accounts.Created tutor =
        accounts.create(
            "rosa", Role.TUTOR, new Scope.States(java.util.Set.of(MexicanState.OAXACA)));
    List<LoginResult> results = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      results.add(accounts.login("rosa", "wrong-" + i));
    }
    assertThat(
        results.subList(0, 4).stream().allMatch(LoginResult.Failure.class::isInstance), is(true));
    assertThat(results.get(4), is(new LoginResult.Locked(now.get().plus(Duration.ofMinutes(1)))));
    assertThat(
        accounts.login("rosa", tutor.oneTimePassword()), instanceOf(LoginResult.Locked.class));
    now.set(now.get().plus(Duration.ofMinutes(2)));
    assertThat(
        accounts.login("rosa", "wrong-again"),
        is(new LoginResult.Locked(now.get().plus(Duration.ofMinutes(2)))));
    now.set(now.get().plus(Duration.ofMinutes(3)));
    assertThat(
        accounts.login("rosa", tutor.oneTimePassword()), instanceOf(LoginResult.Success.class));
    assertThat(store.find("rosa").orElseThrow().failures(), is(0));
  }

  /** An unknown user and a wrong password look the same. */
  @Test
  void unknownUserIsAPlainFailure() {
    assertThat(accounts.login("nadie", "x"), is(new LoginResult.Failure()));
  }

  /** The lock grows 1, 2, 4 … minutes and stops at an hour. */
  @ParameterizedTest
  @CsvSource({"4, 0", "5, 1", "6, 2", "7, 4", "10, 32", "11, 60", "30, 60"})
  void lockDurations(int failures, long minutes) {
    assertThat(Accounts.lockAfter(failures).map(Duration::toMinutes).orElse(0L), is(minutes));
  }

  /** A password change needs the current one and a long enough new one; then no change is due. */
  @Test
  void changesPassword() {
    Accounts.Created created = accounts.create("luis", Role.COORDINATOR, new Scope.Center("C-12"));
    assertThat(accounts.changePassword("luis", "wrong", "una-clave-larga"), is(false));
    assertThat(accounts.changePassword("luis", created.oneTimePassword(), "corta"), is(false));
    assertThat(
        accounts.changePassword("luis", created.oneTimePassword(), "una-clave-larga"), is(true));
    assertThat(accounts.mustChangePassword("luis"), is(false));
    assertThat(
        accounts.login("luis", "una-clave-larga"), not(instanceOf(LoginResult.Failure.class)));
    assertThat(store.find("luis").orElseThrow().scope(), is(new Scope.Center("C-12")));
  }

  /** Scopes: a state tutor sees their states only; a center coordinator their center only. */
  @Test
  void scopes() {
    Staff tutor =
        new Staff("t", Role.TUTOR, new Scope.States(java.util.Set.of(MexicanState.JALISCO)));
    Staff center = new Staff("c", Role.COORDINATOR, new Scope.Center("C-1"));
    Staff admin = new Staff("a", Role.ADMIN, new Scope.Everyone());
    LearnerPlace jalisco = new LearnerPlace(Optional.of(MexicanState.JALISCO), Optional.of("C-1"));
    LearnerPlace oaxaca = new LearnerPlace(Optional.of(MexicanState.OAXACA), Optional.empty());
    assertThat(tutor.sees(jalisco), is(true));
    assertThat(tutor.sees(oaxaca), is(false));
    assertThat(center.sees(jalisco), is(true));
    assertThat(center.sees(oaxaca), is(false));
    assertThat(admin.sees(LearnerPlace.UNKNOWN), is(true));
    assertThat(tutor.sees(LearnerPlace.UNKNOWN), is(false));
  }
}
