package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.NumberKind;

/**
 * The sum of two decimals with one or two places; params: {@code max-whole} (1–999, default 20).
 */
final class DecimalAdd implements Generator {
  @Override
  public String name() {
    return "decimal-add";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    int maxWhole = Items.param(spec, "max-whole", 20, 1, 999);
    BigDecimal a =
        BigDecimal.valueOf(Items.between(random, 1, maxWhole * 100 + 99), 2).stripTrailingZeros();
    BigDecimal b =
        BigDecimal.valueOf(Items.between(random, 1, maxWhole * 10 + 9), 1).stripTrailingZeros();
    if (a.scale() <= 0) {
      a = a.add(new BigDecimal("0.25"));
    }
    if (b.scale() <= 0) {
      b = b.add(new BigDecimal("0.5"));
    }
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
