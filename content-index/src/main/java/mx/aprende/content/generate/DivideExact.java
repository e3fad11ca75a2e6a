package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.NumberKind;

/**
 * A division without remainder; params: {@code max-divisor} (2–50, default 12), {@code
 * max-quotient} (2–1000, default 50).
 */
final class DivideExact implements Generator {
  @Override
  public java.util.Set<String> params() {
    return java.util.Set.of("max-divisor", "max-quotient");
  }

  @Override
  public String name() {
    return "divide-exact";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    int maxDivisor = Items.param(spec, "max-divisor", 12, 2, 50);
    int maxQuotient = Items.param(spec, "max-quotient", 50, 2, 1000);
    int d = Items.between(random, 2, maxDivisor);
    int q = Items.between(random, 2, maxQuotient);
    long n = (long) d * q;
    String prompt =
        switch (random.nextInt(3)) {
          case 0 ->
              "Entre %d compañeros de trabajo juntaron %s pesos para una comida y gastaron parejo. ¿Cuánto puso cada uno?"
                  .formatted(d, Items.integer(n));
          case 1 ->
              "Tienes %s tortillas y las repartes en %d bolsas iguales. ¿Cuántas van en cada bolsa?"
                  .formatted(Items.integer(n), d);
          default -> "¿Cuánto es %s ÷ %d?".formatted(Items.integer(n), d);
        };
    return Items.item(
        spec,
        List.of(n, (long) d),
        prompt,
        Items.number(
            BigDecimal.valueOf(q),
            NumberKind.INTEGER,
            "",
            List.of(
                Items.misconception(
                    n - d,
                    "Restaste en lugar de repartir. Repartir en partes iguales es dividir."))),
        "%d / %d".formatted(n, d),
        List.of(
            "Repartir en partes iguales es dividir.",
            "Busca qué número multiplicado por %d da %s.".formatted(d, Items.integer(n)),
            "Prueba con %d × %d y ajusta.".formatted(d, q / 10 * 10 == 0 ? 1 : q / 10 * 10)),
        "%s ÷ %d = %d, porque %d × %d = %s."
            .formatted(Items.integer(n), d, q, d, q, Items.integer(n)));
  }
}
