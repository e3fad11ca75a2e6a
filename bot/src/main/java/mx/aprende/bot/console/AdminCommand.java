package mx.aprende.bot.console;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import java.io.PrintStream;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.console.access.AccountStore;
import mx.aprende.bot.console.access.Accounts;
import mx.aprende.bot.console.access.Passwords;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.console.access.Scope;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.settings.BotSettings;

/**
 * {@code ./tutor admin}: staff accounts from the command line, on the database in {@code
 * MONGODB_URI} or the embedded one under {@code DATA_DIR}.
 *
 * <pre>
 * ./tutor admin create-user NAME --role admin|coordinator|tutor [--states 09,15] [--center ID]
 * ./tutor admin list-users
 * </pre>
 */
public final class AdminCommand {

  private AdminCommand() {}

  public static void main(String[] args) {
    LogConfig.configureRuntime();
    BotSettings settings = BotSettings.load(Config.create(), System.getenv());
    try (MongoStorage storage = MongoStorage.forTool(settings.storage())) {
      System.exit(
          run(args, Wiring.staffAccounts(storage), Passwords.standard(), System.out, System.err));
    }
  }

  /**
   * Runs one subcommand.
   *
   * @return the process exit code
   */
  static int run(
      String[] args, AccountStore store, Passwords passwords, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(usage());
      return 2;
    }
    Accounts accounts = new Accounts(store, passwords, InstantSource.system());
    switch (args[0]) {
      case "list-users" -> {
        accounts
            .all()
            .forEach(a -> out.println(a.username() + "\t" + a.role() + "\t" + a.scope().label()));
        return 0;
      }
      case "create-user" -> {
        return createUser(args, accounts, out, err);
      }
      default -> {
        err.println(usage());
        return 2;
      }
    }
  }

  private static int createUser(
      String[] args, Accounts accounts, PrintStream out, PrintStream err) {
    if (args.length < 2 || args[1].startsWith("--")) {
      err.println(usage());
      return 2;
    }
    Role role = null;
    Set<MexicanState> states = EnumSet.noneOf(MexicanState.class);
    String center = "";
    for (int i = 2; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--role" -> {
          try {
            role = Role.valueOf(value.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            err.println("Unknown role " + value + " (admin, coordinator or tutor)");
            return 2;
          }
        }
        case "--states" -> {
          for (String code : value.split(",")) {
            var state = MexicanState.byCode(code.strip());
            if (state.isEmpty()) {
              err.println("Unknown state code " + code + " (INEGI codes 01-32)");
              return 2;
            }
            states.add(state.get());
          }
        }
        case "--center" -> center = value.strip();
        default -> {
          err.println("Unknown option " + args[i]);
          return 2;
        }
      }
    }
    if (role == null) {
      err.println("--role is required");
      return 2;
    }
    Scope scope =
        role == Role.ADMIN
            ? new Scope.Everyone()
            : !center.isEmpty() && role == Role.COORDINATOR
                ? new Scope.Center(center)
                : new Scope.States(states);
    if (scope instanceof Scope.States s && s.states().isEmpty()) {
      err.println("A " + role.name().toLowerCase(Locale.ROOT) + " needs --states (or --center)");
      return 2;
    }
    try {
      Accounts.Created created = accounts.create(args[1], role, scope);
      out.println(
          "Created "
              + created.account().username()
              + " ("
              + role.name().toLowerCase(Locale.ROOT)
              + ", "
              + scope.label()
              + "). One-time password: "
              + created.oneTimePassword());
      out.println("It must be changed at the first login.");
      return 0;
    } catch (ConsoleException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  private static String usage() {
    return "Usage: ./tutor admin create-user NAME --role admin|coordinator|tutor"
        + " [--states 09,15] [--center ID]\n       ./tutor admin list-users";
  }
}
