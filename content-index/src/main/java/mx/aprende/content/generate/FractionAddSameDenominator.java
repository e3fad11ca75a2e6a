package mx.aprende.content.generate;

import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.Misconception;
import mx.aprende.content.math.Rational;

/** {@code a/d + b/d} with a proper result; params: {@code max-denominator} (3–20, default 12). */
final class FractionAddSameDenominator implements Generator {
  @Override
  public java.util.Set<String> params() {
    return java.util.Set.of("max-denominator");
  }

  @Override
  public String name() {
    return "fraction-add-same-denominator";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    int maxDen = Items.param(spec, "max-denominator", 12, 3, 20);
    int d = Items.between(random, 3, maxDen);
    int a = Items.between(random, 1, d - 2);
    int b = Items.between(random, 1, d - 1 - a);
    int sum = a + b;
    String prompt =
        switch (random.nextInt(3)) {
          case 0 ->
              "En la mañana usaste %d/%d de un bulto de cemento y en la tarde %d/%d. ¿Qué fracción del bulto usaste en total?"
                  .formatted(a, d, b, d);
          case 1 ->
              "Compraste %d/%d de kilo de queso y luego %d/%d de kilo más. ¿Cuánto queso compraste?"
                  .formatted(a, d, b, d);
          default ->
              "Pintaste %d/%d de una barda el sábado y %d/%d el domingo. ¿Qué parte de la barda pintaste?"
                  .formatted(a, d, b, d);
        };
    Answer answer =
        new Answer.FractionAnswer(
            Rational.of(sum, d),
            sum + "/" + d,
            true,
            List.of(
                new Misconception(
                    sum + "/" + (2 * d),
                    "Sumaste también los denominadores. Cuando son iguales, el denominador se queda igual.")));
    return Items.item(
        spec,
        List.of((long) a, (long) b, (long) d),
        prompt,
        answer,
        "%d/%d + %d/%d".formatted(a, d, b, d),
        List.of(
            "Fíjate en el número de abajo de las dos fracciones.",
            "Como los denominadores son iguales, suma solo los numeradores: %d + %d."
                .formatted(a, b),
            "Son %d + %d partes de %d. El denominador sigue siendo %d.".formatted(a, b, d, d)),
        "%d/%d + %d/%d = %d/%d: sumamos %d + %d = %d y el denominador %d se queda igual."
            .formatted(a, d, b, d, sum, d, a, b, sum, d));
  }
}
