package mx.aprende.ops.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fault runs of {@code ./tutor chaos}, named as on the command line. */
enum Scenario {
  /** The MongoDB process stops under traffic and comes back: 503s, retries, then recovery. */
  MONGO_OUTAGE("mongo-outage"),
  /** The bot is killed ({@code kill -9}) and restarted several times under traffic. */
  KILL("kill"),
  /** Several bots on one MongoDB, each learner's webhooks spread over them at random. */
  INSTANCES("instances");

  private final String command;

  Scenario(String command) {
    this.command = command;
  }

  String command() {
    return command;
  }

  static Optional<Scenario> named(String name) {
    return Arrays.stream(values())
        .filter(s -> s.command.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
