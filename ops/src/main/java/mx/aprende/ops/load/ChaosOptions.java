package mx.aprende.ops.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.aprende.ops.OpsException;

/**
 * What {@code ./tutor chaos SCENARIO} was asked to do: the load (the loadtest's options, with
 * modest defaults) and the fault.
 *
 * @param scenario which fault
 * @param load learners, rate, duration, seed, heap...; warm-up is not used (everything counts)
 * @param instances bot processes sharing the MongoDB
 * @param outage how long MongoDB stays down ({@code mongo-outage})
 * @param hard stop MongoDB with {@code kill -9} instead of a clean stop ({@code mongo-outage})
 * @param kills how many times the bot is killed ({@code kill})
 * @param faultEvery when the first fault starts, and between kills
 * @param retryFor how long the sender keeps retrying a webhook not answered 200
 * @param receipts the sink sends sent/delivered status webhooks back
 * @param botEnv extra settings for the bots (e.g. {@code LEASE_TTL_MS=5000})
 */
record ChaosOptions(
    Scenario scenario,
    LoadOptions load,
    int instances,
    Duration outage,
    boolean hard,
    int kills,
    Duration faultEvery,
    Duration retryFor,
    boolean receipts,
    Map<String, String> botEnv) {

  static final String USAGE =
      """
      Usage: ./tutor chaos mongo-outage|kill|instances [options]
        mongo-outage  stops the standalone MongoDB for --outage (30s) under load, then starts it again
        kill          kill -9 of the bot --kills times (3), every --every (20s), restarted each time
        instances     --instances bots (default 3 here, else 1) on one MongoDB, webhooks spread at random
      Options: [--learners 200] [--rate 20] [--duration 90s] [--drain 120s] [--instances N]
               [--outage 30s] [--hard] [--kills 3] [--every 20s] [--retry-for 180s] [--receipts]
               [--bot-env NAME=VALUE]... [--heap 512m] [--seed N] [--journeys FILE] [--keep]
        Starts a standalone MongoDB (mongo-java-server, H2 file) and the bots as child JVMs, sends
        signed webhooks and retries every one not answered 200 with back-off, as Meta does. Prints the
        figures and a PASS/FAIL verdict; exit status 1 on FAIL.
      """;

  /** Reads {@code args} (the scenario first); {@code env} as for the loadtest. */
  static ChaosOptions parse(List<String> args, Map<String, String> env, Path projectDir) {
    if (args.isEmpty()) {
      throw new OpsException(USAGE);
    }
    Scenario scenario =
        Scenario.named(args.getFirst())
            .orElseThrow(
                () -> new OpsException("Unknown scenario '" + args.getFirst() + "'.\n" + USAGE));
    int instances = scenario == Scenario.INSTANCES ? 3 : 1;
    Duration outage = Duration.ofSeconds(30);
    boolean hard = false;
    int kills = 3;
    Duration every = Duration.ofSeconds(20);
    Duration retryFor = Duration.ofSeconds(180);
    boolean receipts = false;
    Map<String, String> botEnv = new LinkedHashMap<>();
    List<String> load =
        new ArrayList<>(
            List.of(
                "--learners",
                "200",
                "--rate",
                "20",
                "--duration",
                "90s",
                "--warmup",
                "0s",
                "--drain",
                "120s"));
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--instances" -> instances = positive(arg, value(args, ++i, arg));
        case "--outage" -> outage = LoadOptions.duration(arg, value(args, ++i, arg));
        case "--hard" -> hard = true;
        case "--kills" -> kills = positive(arg, value(args, ++i, arg));
        case "--every" -> every = LoadOptions.duration(arg, value(args, ++i, arg));
        case "--retry-for" -> retryFor = LoadOptions.duration(arg, value(args, ++i, arg));
        case "--receipts" -> receipts = true;
        case "--bot-env" -> {
          String pair = value(args, ++i, arg);
          int eq = pair.indexOf('=');
          if (eq < 1) {
            throw new OpsException("--bot-env needs NAME=VALUE, not: " + pair);
          }
          botEnv.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        case "--target", "--bare", "--bare-only", "--in-process", "--sink-port", "--app-secret" ->
            throw new OpsException(arg + " is a loadtest option; chaos starts its own bots.");
        default -> load.add(arg);
      }
    }
    LoadOptions loadOptions = LoadOptions.parse(load, env, projectDir);
    if (scenario == Scenario.KILL && instances != 1) {
      throw new OpsException("kill runs one bot (--instances 1)");
    }
    return new ChaosOptions(
        scenario,
        loadOptions,
        instances,
        outage,
        hard,
        kills,
        every,
        retryFor,
        receipts,
        Map.copyOf(botEnv));
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new OpsException(option + " needs a value.\n" + USAGE);
    }
    return args.get(index);
  }

  private static int positive(String option, String raw) {
    try {
      int value = Integer.parseInt(raw);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new OpsException(option + " must be a positive whole number, not: " + raw);
  }
}
