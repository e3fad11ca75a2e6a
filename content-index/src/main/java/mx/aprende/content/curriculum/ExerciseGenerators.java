package mx.aprende.content.curriculum;

import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The generator catalogue as the validator sees it (implemented in {@code content.generate}), so
 * that validation can sample generated items without this package depending on the generators.
 */
public interface ExerciseGenerators {
  /** The registered generator names. */
  Set<String> names();

  /** The parameter names generator {@code name} understands (empty for an unknown name). */
  Set<String> params(String name);

  /**
   * One item drawn by the generator {@code spec.generator()} with {@code random}.
   *
   * @throws mx.aprende.content.ContentException when the name is unknown or the parameters are
   *     unusable
   */
  Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence);
}
