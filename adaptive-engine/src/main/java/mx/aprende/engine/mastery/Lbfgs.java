package mx.aprende.engine.mastery;

import java.util.function.IntConsumer;

/**
 * Limited-memory BFGS minimiser with a backtracking (Armijo) line search.
 *
 * <p>Written here rather than taken from a library: the Java ML libraries on Maven Central either
 * carry licences we cannot ship (Smile 3+ is GPL/commercial), pull a large dependency tree (Tribuo,
 * DL4J) or need their own data structures (liblinear-java copies every row into its own {@code
 * Feature[]} objects), and none is managed by the root pom. The objective we minimise is smooth and
 * convex (L2-regularised logistic loss), where plain L-BFGS is both simple and fast.
 */
final class Lbfgs {

  /** A differentiable function: writes the gradient at {@code x} into {@code gradient}. */
  interface Objective {
    double evaluate(double[] x, double[] gradient);
  }

  private final int memory;
  private final int maxIterations;
  private final double tolerance;

  Lbfgs(int memory, int maxIterations, double tolerance) {
    this.memory = memory;
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /**
   * Minimises {@code f} starting from {@code x} (updated in place); {@code iterationDone} receives
   * the number of each finished iteration. Returns the final objective value.
   */
  double minimise(Objective f, double[] x, IntConsumer iterationDone) {
    int n = x.length;
    double[][] s = new double[memory][n];
    double[][] y = new double[memory][n];
    double[] rho = new double[memory];
    double[] alpha = new double[memory];
    double[] g = new double[n];
    double[] gNew = new double[n];
    double[] d = new double[n];
    double[] xNew = new double[n];
    double fx = f.evaluate(x, g);
    int stored = 0;
    int next = 0;
    for (int iteration = 1; iteration <= maxIterations; iteration++) {
      // Two-loop recursion: d = -H g.
      for (int i = 0; i < n; i++) {
        d[i] = -g[i];
      }
      for (int k = 0; k < stored; k++) {
        int j = Math.floorMod(next - 1 - k, memory);
        alpha[j] = rho[j] * dot(s[j], d);
        axpy(-alpha[j], y[j], d);
      }
      if (stored > 0) {
        int last = Math.floorMod(next - 1, memory);
        double gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
        scale(d, gamma);
      } else {
        scale(d, 1.0 / Math.max(1.0, Math.sqrt(dot(g, g))));
      }
      for (int k = stored - 1; k >= 0; k--) {
        int j = Math.floorMod(next - 1 - k, memory);
        double beta = rho[j] * dot(y[j], d);
        axpy(alpha[j] - beta, s[j], d);
      }
      double slope = dot(g, d);
      if (slope >= 0) {
        // Not a descent direction (numerical trouble): restart from steepest descent.
        stored = 0;
        for (int i = 0; i < n; i++) {
          d[i] = -g[i];
        }
        slope = dot(g, d);
      }
      double step = 1.0;
      double fNew;
      int backtracks = 0;
      while (true) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + step * d[i];
        }
        fNew = f.evaluate(xNew, gNew);
        if (fNew <= fx + 1e-4 * step * slope || backtracks >= 40) {
          break;
        }
        step *= 0.5;
        backtracks++;
      }
      double sy = 0;
      for (int i = 0; i < n; i++) {
        s[next][i] = xNew[i] - x[i];
        y[next][i] = gNew[i] - g[i];
        sy += s[next][i] * y[next][i];
      }
      if (sy > 1e-12) {
        rho[next] = 1.0 / sy;
        next = (next + 1) % memory;
        stored = Math.min(stored + 1, memory);
      }
      double improvement = fx - fNew;
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      fx = fNew;
      iterationDone.accept(iteration);
      if (improvement <= tolerance * Math.max(1.0, Math.abs(fx))
          || Math.sqrt(dot(g, g)) <= tolerance) {
        break;
      }
    }
    return fx;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static void scale(double[] x, double a) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= a;
    }
  }
}
