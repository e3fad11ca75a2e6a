package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.NumberKind;

/**
 * Direct proportion ("si 3 kilos cuestan $45…"). Params: {@code max-unit-price} (2–500, default
 * 60), {@code max} (24–100000): the largest answer.
 */
final class RuleOfThree implements Generator {
  @Override
  public java.util.Set<String> params() {
    return java.util.Set.of("max-unit-price", "max");
  }

  @Override
  public String name() {
    return "rule-of-three";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    // "max" caps the answer: at most 12 units are bought.
    int maxUnitPrice =
        Math.min(
            Items.param(spec, "max-unit-price", 60, 2, 500),
            Items.param(spec, "max", 6000, 24, 100_000) / 12);
    int unitPrice = Items.between(random, 2, maxUnitPrice);
    int a = Items.between(random, 2, 6);
    int b = Items.between(random, 2, 12);
    if (b == a) {
      b = a + 1;
    }
    long priceA = (long) a * unitPrice;
    long priceB = (long) b * unitPrice;
    String[] thing =
        Items.pick(
            random,
            new String[] {"kilos de tortilla", "kilo"},
            new String[] {"litros de leche", "litro"},
            new String[] {"metros de tela", "metro"});
    String prompt =
        "Si %d %s cuestan $%s, ¿cuánto cuestan %d %s?"
            .formatted(a, thing[0], Items.integer(priceA), b, thing[0]);
    return Items.item(
        spec,
        List.of((long) unitPrice, (long) a, (long) b, (long) thing[1].length()),
        prompt,
        Items.number(
            BigDecimal.valueOf(priceB),
            NumberKind.MONEY,
            "pesos",
            List.of(
                Items.misconception(
                    priceA + (b - a),
                    "Sumaste la diferencia de cantidades. El precio crece igual que la cantidad: multiplica."))),
        "%d / %d * %d".formatted(priceA, a, b),
        List.of(
            "Primero averigua cuánto cuesta un %s.".formatted(thing[1]),
            "Un %s cuesta $%s ÷ %d.".formatted(thing[1], Items.integer(priceA), a),
            "Un %s cuesta $%d. Multiplícalo por %d.".formatted(thing[1], unitPrice, b)),
        "Un %s cuesta %s ÷ %d = $%d. Entonces %d cuestan %d × %d = $%s."
            .formatted(
                thing[1],
                Items.integer(priceA),
                a,
                unitPrice,
                b,
                b,
                unitPrice,
                Items.integer(priceB)));
  }
}
