package mx.aprende.ops.load;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./tutor chaos SCENARIO}: runs one fault scenario ({@link ChaosOptions#USAGE}) and prints
 * its figures and a PASS/FAIL verdict. Exit status 0 on PASS, 1 on FAIL, 2 on a usage or start-up
 * error.
 */
public final class Chaos {

  private Chaos() {}

  public static void main(String[] args) {
    if (args.length == 0 || List.of(args).contains("--help")) {
      System.out.print(ChaosOptions.USAGE);
      System.exit(args.length == 0 ? 2 : 0);
      return;
    }
    Path project = Path.of(System.getProperty("aprende.project.dir", ".")).toAbsolutePath();
    System.exit(
        ExitStatus.of(
            () -> {
              ChaosOptions options = ChaosOptions.parse(List.of(args), System.getenv(), project);
              ChaosReport report =
                  new ChaosRun(options, System.out, System.getProperty("java.class.path")).run();
              System.out.print(report.format());
              return report.passed();
            }));
  }
}
