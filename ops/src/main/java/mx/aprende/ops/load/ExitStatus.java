package mx.aprende.ops.load;

import mx.aprende.ops.OpsException;

/**
 * The exit status every run command of the load package ends with: 0 when the run passed, 1 when a
 * figure missed its bar, 2 on a usage or start-up error (the message printed) or an interrupt.
 */
final class ExitStatus {

  /** One run, telling whether it passed. */
  interface Run {
    boolean passed() throws InterruptedException;
  }

  private ExitStatus() {}

  static int of(Run run) {
    try {
      return run.passed() ? 0 : 1;
    } catch (OpsException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 2;
    }
  }
}
