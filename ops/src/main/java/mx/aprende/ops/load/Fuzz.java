package mx.aprende.ops.load;

import java.nio.file.Path;
import java.util.List;
import mx.aprende.ops.OpsException;

/**
 * {@code ./tutor fuzz [--cases 10500] [--seed 20261128] [--in-process] [--heap 512m]}: the hostile
 * corpus over HTTP against a bot in a child JVM (or in this one) with its embedded MongoDB and a
 * fake Graph API. Exit status 0 on PASS, 1 on FAIL, 2 on a usage or start-up error.
 */
public final class Fuzz {

  static final String USAGE =
      """
      Usage: ./tutor fuzz [--cases 10500] [--seed 20261128] [--in-process] [--heap 512m]
        Sends a seeded corpus of hostile webhook bodies (malformed, truncated, wrong types, missing
        fields, huge strings and arrays, deep nesting, invalid UTF-8, zero-width and bidi text,
        emoji, 3 MiB bodies, bad signatures) to a bot and checks every answer: never a 5xx or a
        dropped connection, 401 for a bad signature, 413 over the limit, else 200 or 400; then
        the bot must answer a normal message, and nothing it stored may break a turn.
      """;

  private Fuzz() {}

  public static void main(String[] args) {
    List<String> list = List.of(args);
    if (list.contains("--help")) {
      System.out.print(USAGE);
      return;
    }
    System.exit(
        ExitStatus.of(
            () -> {
              int cases = number(list, "--cases", "10500");
              if (cases < 1) {
                throw new OpsException("--cases must be at least 1");
              }
              Path project =
                  Path.of(System.getProperty("aprende.project.dir", ".")).toAbsolutePath();
              FuzzReport report =
                  new FuzzRun(
                          cases,
                          number(list, "--seed", "20261128"),
                          list.contains("--in-process"),
                          project,
                          value(list, "--heap", "512m"),
                          System.out)
                      .run();
              System.out.print(report.format());
              return report.passed();
            }));
  }

  private static int number(List<String> args, String name, String fallback) {
    String text = value(args, name, fallback);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new OpsException(name + " needs a whole number, not " + text + "\n" + USAGE);
    }
  }

  private static String value(List<String> args, String name, String fallback) {
    int at = args.indexOf(name);
    if (at < 0) {
      return fallback;
    }
    if (at + 1 >= args.size()) {
      throw new OpsException(name + " needs a value\n" + USAGE);
    }
    return args.get(at + 1);
  }
}
