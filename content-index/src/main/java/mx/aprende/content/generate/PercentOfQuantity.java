package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.ContentException;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.NumberKind;

/**
 * {@code p % of q} pesos with a whole result. Params: {@code max-quantity} or {@code max}
 * (100–100000, default 2000), {@code percents} (a list, default 5, 10, 15, 20, 25, 30, 40, 50, 75).
 */
final class PercentOfQuantity implements Generator {
  private static final List<Integer> PERCENTS = List.of(5, 10, 15, 20, 25, 30, 40, 50, 75);

  @Override
  public java.util.Set<String> params() {
    return java.util.Set.of("max-quantity", "max", "percents");
  }

  @Override
  public String name() {
    return "percent-of-quantity";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    int maxQuantity = Items.param(spec, List.of("max-quantity", "max"), 2000, 100, 100_000);
    List<Integer> percents = spec.intListParam("percents", PERCENTS);
    int p = percents.get(random.nextInt(percents.size()));
    if (p < 1 || p > 100) {
      throw new ContentException("percents must lie in 1..100, not " + p);
    }
    // q a multiple of 100/gcd(p, 100) makes p% of q a whole number of pesos.
    int step = 100 / BigInteger.valueOf(p).gcd(BigInteger.valueOf(100)).intValue();
    int q = step * Items.between(random, 1, maxQuantity / step);
    long result = (long) p * q / 100;
    String prompt =
        switch (random.nextInt(3)) {
          case 0 ->
              "Una licuadora cuesta %s y tiene %d %% de descuento. ¿Cuántos pesos te descuentan?"
                  .formatted(Items.money(BigDecimal.valueOf(q)), p);
          case 1 ->
              "Ganas %s a la semana y ahorras el %d %%. ¿Cuántos pesos ahorras?"
                  .formatted(Items.money(BigDecimal.valueOf(q)), p);
          default ->
              "En el tianguis, una chamarra de %s tiene una rebaja del %d %%. ¿De cuántos pesos es la rebaja?"
                  .formatted(Items.money(BigDecimal.valueOf(q)), p);
        };
    return Items.item(
        spec,
        List.of((long) p, (long) q),
        prompt,
        Items.number(
            BigDecimal.valueOf(result),
            NumberKind.MONEY,
            "pesos",
            List.of(
                Items.misconception(
                    q - result,
                    "Ese es lo que queda después de quitar el porcentaje. Te preguntan el porcentaje mismo."))),
        "%d%% * %d".formatted(p, q),
        List.of(
            "El %d %% quiere decir %d de cada 100.".formatted(p, p),
            "Multiplica %s por %d y luego divide entre 100.".formatted(Items.integer(q), p),
            "%s × %d = %s. Ahora divide entre 100."
                .formatted(Items.integer(q), p, Items.integer((long) q * p))),
        "%d %% de %s = %s × %d ÷ 100 = %s pesos."
            .formatted(p, Items.integer(q), Items.integer(q), p, Items.integer(result)));
  }
}
