package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.NumberKind;

/**
 * The sum of two decimals. Params: {@code max-whole} or {@code max} (1–999, default 20), {@code
 * decimals} (1–2, default 2: places of the first number; the second has one).
 */
final class DecimalAdd implements Generator {
  @Override
  public java.util.Set<String> params() {
    return java.util.Set.of("max-whole", "max", "decimals");
  }

  /**
   * A decimal up to {@code maxWhole} with exactly {@code places} decimal places (last digit not 0).
   */
  private static BigDecimal draw(RandomGenerator random, int maxWhole, int places) {
    int scale = (int) Math.pow(10, places);
    int unscaled = Items.between(random, 0, maxWhole) * scale + Items.between(random, 1, scale - 1);
    if (unscaled % 10 == 0) {
      unscaled += 1;
    }
    return BigDecimal.valueOf(unscaled, places);
  }

  @Override
  public String name() {
    return "decimal-add";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    int maxWhole = Items.param(spec, List.of("max-whole", "max"), 20, 1, 999);
    int places = Items.param(spec, "decimals", 2, 1, 2);
    BigDecimal a = draw(random, maxWhole, places);
    BigDecimal b = draw(random, maxWhole, 1);
    BigDecimal sum = a.add(b);
    String prompt =
        switch (random.nextInt(3)) {
          case 0 ->
              "Compraste %s kilos de jitomate y %s kilos de cebolla. ¿Cuántos kilos cargas en total?"
                  .formatted(Items.decimal(a), Items.decimal(b));
          case 1 ->
              "Un tubo mide %s metros y otro %s metros. Si los pones uno tras otro, ¿cuánto miden juntos?"
                  .formatted(Items.decimal(a), Items.decimal(b));
          default -> "¿Cuánto es %s + %s?".formatted(Items.decimal(a), Items.decimal(b));
        };
    return Items.item(
        spec,
        List.of(
            a.unscaledValue().longValue(),
            (long) a.scale(),
            b.unscaledValue().longValue(),
            (long) b.scale()),
        prompt,
        Items.number(sum, NumberKind.DECIMAL, "", List.of()),
        "%s + %s".formatted(Items.decimal(a), Items.decimal(b)),
        List.of(
            "Acomoda los números con el punto decimal uno debajo del otro.",
            "Completa con ceros: %s + %s."
                .formatted(a.setScale(2).toPlainString(), b.setScale(2).toPlainString()),
            "Suma como si no hubiera punto y al final pon el punto en el mismo lugar."),
        "%s + %s = %s (con el punto decimal alineado)."
            .formatted(Items.decimal(a), Items.decimal(b), Items.decimal(sum)));
  }
}
