package mx.aprende.engine.mastery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;

import org.junit.jupiter.api.Test;

class LbfgsTest {

  /** L-BFGS finds the minimum of the Rosenbrock function, a classic curved valley. */
  @Test
  void minimisesRosenbrock() {
    double[] x = {-1.2, 1.0};
    double value =
        new Lbfgs(7, 1000, 1e-14)
            .minimise(
                (p, g) -> {
                  double a = 1 - p[0];
                  double b = p[1] - p[0] * p[0];
                  g[0] = -2 * a - 400 * p[0] * b;
                  g[1] = 200 * b;
                  return a * a + 100 * b * b;
                },
                x,
                i -> {});
    assertThat(value, closeTo(0, 1e-8));
    assertThat(x[0], closeTo(1, 1e-3));
    assertThat(x[1], closeTo(1, 1e-3));
  }
}
