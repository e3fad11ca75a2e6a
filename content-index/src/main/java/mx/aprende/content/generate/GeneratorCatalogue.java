package mx.aprende.content.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import mx.aprende.content.ContentException;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.ExerciseGenerators;
import mx.aprende.content.curriculum.GeneratorSpec;

/** Every generator known by name, as listed in {@code docs/curriculum-format.md}. */
public final class GeneratorCatalogue implements ExerciseGenerators {
  private final Map<String, Generator> byName = new LinkedHashMap<>();

  /** The catalogue of the built-in generators. */
  public GeneratorCatalogue() {
    for (Generator generator :
        List.of(
            new FractionAddSameDenominator(),
            new PercentOfQuantity(),
            new RectangleArea(),
            new PlaceValue(),
            new AddWithCarry(),
            new SubtractWithBorrow(),
            new MultiplyTwoDigit(),
            new DivideExact(),
            new MoneyChange(),
            new RectanglePerimeter(),
            new DecimalAdd(),
            new RuleOfThree())) {
      byName.put(generator.name(), generator);
    }
  }

  @Override
  public Set<String> names() {
    return byName.keySet();
  }

  @Override
  public Set<String> params(String name) {
    Generator generator = byName.get(name);
    return generator == null ? Set.of() : generator.params();
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    Generator generator = byName.get(spec.generator());
    if (generator == null) {
      throw new ContentException("Unknown generator '" + spec.generator() + "'");
    }
    return generator.generate(spec, random, sequence);
  }
}
