package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.NumberKind;

/** A two-digit number times a two-digit number; params: {@code max-factor} (12–99, default 99). */
final class MultiplyTwoDigit implements Generator {
  @Override
  public java.util.Set<String> params() {
    return java.util.Set.of("max-factor");
  }

  @Override
  public String name() {
    return "multiply-two-digit";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    int maxFactor = Items.param(spec, "max-factor", 99, 12, 99);
    int a = Items.between(random, 11, maxFactor);
    int b = Items.between(random, 11, maxFactor);
    if (b % 10 == 0) {
      b += 1;
    }
    long product = (long) a * b;
    // Forgetting to shift the tens' partial product one place left.
    long unshifted = (long) a * (b % 10) + (long) a * (b / 10);
    String prompt =
        switch (random.nextInt(3)) {
          case 0 ->
              "Una caja trae %d refrescos. ¿Cuántos refrescos hay en %d cajas?".formatted(a, b);
          case 1 ->
              "Trabajas %d días y te pagan %d pesos por día. ¿Cuánto te pagan en total?"
                  .formatted(b, a);
          default -> "¿Cuánto es %d × %d?".formatted(a, b);
        };
    return Items.item(
        spec,
        List.of((long) a, (long) b),
        prompt,
        Items.number(
            BigDecimal.valueOf(product),
            NumberKind.INTEGER,
            "",
            List.of(
                Items.misconception(
                    unshifted,
                    "Al multiplicar por las decenas hay que recorrer un lugar a la izquierda (o poner un 0)."))),
        "%d * %d".formatted(a, b),
        List.of(
            "Separa %d en decenas y unidades: %d + %d.".formatted(b, b / 10 * 10, b % 10),
            "Calcula %d × %d y %d × %d.".formatted(a, b % 10, a, b / 10 * 10),
            "Suma %s + %s."
                .formatted(
                    Items.integer((long) a * (b % 10)), Items.integer((long) a * (b / 10 * 10)))),
        "%d × %d = %d × %d + %d × %d = %s + %s = %s."
            .formatted(
                a,
                b,
                a,
                b % 10,
                a,
                b / 10 * 10,
                Items.integer((long) a * (b % 10)),
                Items.integer((long) a * (b / 10 * 10)),
                Items.integer(product)));
  }
}
