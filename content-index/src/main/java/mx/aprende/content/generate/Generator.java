package mx.aprende.content.generate;

import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;

/**
 * One parametrised exercise family. The same random state and spec always give the same item; the
 * item carries its answer, a {@code compute} expression, three hints and a worked solution.
 */
public interface Generator {
  /** The name used in curriculum files ({@code generator: ...}). */
  String name();

  /** The {@code params} keys this generator reads. */
  java.util.Set<String> params();

  /** Draws one item for {@code spec}; {@code sequence} numbers the draws of one session. */
  Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence);
}
