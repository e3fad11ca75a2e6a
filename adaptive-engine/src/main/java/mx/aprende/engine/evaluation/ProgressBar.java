package mx.aprende.engine.evaluation;

import java.io.PrintStream;

/**
 * A one-line text progress bar ({@code label [#####.....] 50%}) redrawn in place with a carriage
 * return, only when the whole percentage changes. Thread-safe: fitters report from several threads.
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String label;
  private int shown = -1;

  ProgressBar(PrintStream out, String label) {
    this.out = out;
    this.label = label;
  }

  synchronized void update(double fraction) {
    int percent = (int) Math.round(Math.clamp(fraction, 0.0, 1.0) * 100);
    if (percent == shown) {
      return;
    }
    shown = percent;
    int filled = percent * WIDTH / 100;
    out.print(
        "\r"
            + String.format("%-24s", label)
            + " ["
            + "#".repeat(filled)
            + ".".repeat(WIDTH - filled)
            + "] "
            + String.format("%3d%%", percent));
    out.flush();
  }

  synchronized void done(String suffix) {
    update(1.0);
    out.println(" " + suffix);
  }
}
