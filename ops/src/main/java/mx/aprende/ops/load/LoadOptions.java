package mx.aprende.ops.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.ops.OpsException;

/**
 * What {@code ./tutor loadtest} was asked to do.
 *
 * @param learners distinct simulated learners
 * @param rate inbound messages per second, scheduled open loop
 * @param duration the measured window
 * @param warmup sent before the measured window, not counted
 * @param drain how long to wait after the last webhook for the replies still due
 * @param target an already running bot's webhook URL; empty starts one
 * @param appSecret the App Secret to sign with (required with {@code target})
 * @param sinkPort the fake Graph API's port (0 for any; an external bot needs a fixed one)
 * @param inProcess start the bot in this JVM instead of a child JVM
 * @param bare also run the same load against the bare endpoint and report the ratio
 * @param bareOnly run the load against the bare endpoint only (the ceiling by itself)
 * @param maxHeap the child JVM's {@code -Xmx}
 * @param seed for the learners' journeys and texts
 * @param journeys a journeys file replacing the built-in one
 * @param projectDir where {@code bot/target/bot.jar} and {@code curriculum} are
 * @param botJvmFlags extra flags for the bot's JVM (profiling)
 * @param keep keep the temporary data and logs
 * @param maxInFlight unanswered webhooks beyond which the next ones count as errors, unsent
 */
record LoadOptions(
    int learners,
    double rate,
    Duration duration,
    Duration warmup,
    Duration drain,
    Optional<URI> target,
    String appSecret,
    int sinkPort,
    boolean inProcess,
    boolean bare,
    boolean bareOnly,
    String maxHeap,
    long seed,
    Optional<Path> journeys,
    Path projectDir,
    List<String> botJvmFlags,
    boolean keep,
    int maxInFlight) {

  static final String USAGE =
      """
      Usage: ./tutor loadtest [--learners N] [--rate MSGS_PER_S] [--duration 60s] [--warmup 10s]
                              [--drain 30s] [--bare|--bare-only] [--in-process] [--heap 512m] [--seed N]
                              [--journeys FILE] [--bot-jvm-flag FLAG]... [--keep]
                              [--max-in-flight 2000]
                              [--target URL --app-secret SECRET --sink-port PORT]
        Starts the bot in a child JVM (embedded MongoDB in a temporary folder) and a fake Graph API
        sink, sends signed webhooks from N learners at the given rate (open loop) and reports
        throughput, latency percentiles, errors, lost and duplicated replies and the bot's heap.
        --bare also runs the same load against a Helidon endpoint that only checks the signature
        and acknowledges: the machine's ceiling. --target aims at a running bot whose
        GRAPH_API_BASE_URL is http://127.0.0.1:PORT (the sink).
      """;

  /** Reads the command line; {@code env} supplies WHATSAPP_APP_SECRET for {@code --target}. */
  static LoadOptions parse(List<String> args, Map<String, String> env, Path projectDir) {
    int learners = 50_000;
    double rate = 1_000;
    Duration duration = Duration.ofSeconds(60);
    Duration warmup = Duration.ofSeconds(10);
    Duration drain = Duration.ofSeconds(30);
    Optional<URI> target = Optional.empty();
    String appSecret = env.getOrDefault("WHATSAPP_APP_SECRET", "");
    int sinkPort = 0;
    boolean inProcess = false;
    boolean bare = false;
    boolean bareOnly = false;
    String maxHeap = "512m";
    long seed = 1;
    Optional<Path> journeys = Optional.empty();
    List<String> flags = new ArrayList<>();
    boolean keep = false;
    int maxInFlight = 2_000;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--learners" -> learners = positiveInt(arg, value(args, ++i, arg));
        case "--rate" -> rate = positiveDouble(arg, value(args, ++i, arg));
        case "--duration" -> duration = duration(arg, value(args, ++i, arg));
        case "--warmup" -> warmup = duration(arg, value(args, ++i, arg));
        case "--drain" -> drain = duration(arg, value(args, ++i, arg));
        case "--target" -> target = Optional.of(URI.create(value(args, ++i, arg)));
        case "--app-secret" -> appSecret = value(args, ++i, arg);
        case "--sink-port" -> sinkPort = positiveInt(arg, value(args, ++i, arg));
        case "--in-process" -> inProcess = true;
        case "--bare" -> bare = true;
        case "--bare-only" -> bareOnly = true;
        case "--heap" -> maxHeap = value(args, ++i, arg);
        case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
        case "--journeys" -> journeys = Optional.of(Path.of(value(args, ++i, arg)));
        case "--bot-jvm-flag" -> flags.add(value(args, ++i, arg));
        case "--keep" -> keep = true;
        case "--max-in-flight" -> maxInFlight = positiveInt(arg, value(args, ++i, arg));
        default -> throw new OpsException("Unknown option '" + arg + "'.\n" + USAGE);
      }
    }
    if (target.isPresent() && (appSecret.isEmpty() || sinkPort == 0)) {
      throw new OpsException(
          "--target needs the bot's App Secret (--app-secret or WHATSAPP_APP_SECRET) and a fixed"
              + " --sink-port its GRAPH_API_BASE_URL points at.");
    }
    if (warmup.isNegative() || drain.isNegative() || duration.isZero()) {
      throw new OpsException("--duration must be positive, --warmup and --drain not negative");
    }
    return new LoadOptions(
        learners,
        rate,
        duration,
        warmup,
        drain,
        target,
        appSecret,
        sinkPort,
        inProcess,
        bare,
        bareOnly,
        maxHeap,
        seed,
        journeys,
        projectDir,
        List.copyOf(flags),
        keep,
        maxInFlight);
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new OpsException(option + " needs a value.\n" + USAGE);
    }
    return args.get(index);
  }

  private static int positiveInt(String option, String raw) {
    try {
      int value = Integer.parseInt(raw.replace("_", "").replace(",", ""));
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new OpsException(option + " must be a positive whole number, not: " + raw);
  }

  private static double positiveDouble(String option, String raw) {
    try {
      double value = Double.parseDouble(raw.replace("_", "").replace(",", ""));
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new OpsException(option + " must be a positive number, not: " + raw);
  }

  /** {@code 60s}, {@code 2m}, {@code 500ms} or plain seconds. */
  static Duration duration(String option, String raw) {
    try {
      if (raw.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(raw.substring(0, raw.length() - 2)));
      }
      if (raw.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(raw.substring(0, raw.length() - 1)));
      }
      if (raw.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(raw.substring(0, raw.length() - 1)));
      }
      return Duration.ofSeconds(Long.parseLong(raw));
    } catch (NumberFormatException e) {
      throw new OpsException(option + " must look like 60s, 2m or 500ms, not: " + raw);
    }
  }
}
