package mx.aprende.bot.console;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mx.aprende.bot.console.access.Passwords;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.console.access.Scope;
import mx.aprende.bot.console.mongo.MongoAccountStore;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ./tutor admin}: arguments → exit code, message, and the account stored. */
class AdminCommandTest {

  /** Each row: the arguments, the exit code and a fragment of what is printed. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "create-user ana --role tutor --states 09,15 | 0 | One-time password",
        "create-user carla --role coordinator --center C-7 | 0 | Centro C-7",
        "create-user root --role admin | 0 | Todo el país",
        "create-user ana --role tutor | 2 | needs --states",
        "create-user ana --role jefe --states 09 | 2 | Unknown role",
        "create-user ana --role tutor --states 99 | 2 | Unknown state code",
        "create-user A! --role tutor --states 09 | 1 | Usernames are",
        "delete-user ana | 2 | Usage",
      })
  void commands(String line, int exit, String printed) {
    MongoAccountStore store = new MongoAccountStore(MongoTestSupport.freshDatabase());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        AdminCommand.run(
            line.split(" "),
            store,
            Passwords.forTests(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(code, is(exit));
    assertThat(out.toString(StandardCharsets.UTF_8), containsString(printed));
    if (line.startsWith("create-user ana --role tutor --states 09,15")) {
      var account = store.find("ana").orElseThrow();
      assertThat(account.role(), is(Role.TUTOR));
      assertThat(
          account.scope(),
          is(
              new Scope.States(
                  java.util.Set.of(MexicanState.CIUDAD_DE_MEXICO, MexicanState.MEXICO))));
      assertThat(account.mustChangePassword(), is(true));
    }
  }
}
