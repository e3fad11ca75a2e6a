package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.NumberKind;

/**
 * The change from paying with a bill; prices may have 50 centavos. Params: {@code max-price}
 * (10–1000, default 450).
 */
final class MoneyChange implements Generator {
  private static final int[] BILLS = {20, 50, 100, 200, 500, 1000};

  @Override
  public java.util.Set<String> params() {
    return java.util.Set.of("max-price");
  }

  @Override
  public String name() {
    return "money-change";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    int maxPrice = Items.param(spec, "max-price", 450, 10, 1000);
    int pesos = Items.between(random, 5, maxPrice - 1);
    boolean half = random.nextBoolean();
    BigDecimal price =
        BigDecimal.valueOf(pesos).add(half ? new BigDecimal("0.50") : BigDecimal.ZERO);
    int bill = 0;
    for (int candidate : BILLS) {
      if (candidate > pesos + 1) {
        bill = candidate;
        break;
      }
    }
    BigDecimal change = BigDecimal.valueOf(bill).subtract(price);
    String shownPrice = Items.money(price);
    String prompt =
        switch (random.nextInt(3)) {
          case 0 ->
              "Compras fruta por %s y pagas con un billete de $%d. ¿Cuánto te dan de cambio?"
                  .formatted(shownPrice, bill);
          case 1 ->
              "El gas cuesta %s. Le das al repartidor $%d. ¿Cuánto cambio te tiene que dar?"
                  .formatted(shownPrice, bill);
          default ->
              "En la farmacia tu cuenta es de %s y pagas con $%d. ¿Cuánto te regresan?"
                  .formatted(shownPrice, bill);
        };
    return Items.item(
        spec,
        List.of((long) pesos, half ? 1L : 0L, (long) bill),
        prompt,
        Items.number(change, NumberKind.MONEY, "pesos", List.of()),
        "%d - %s".formatted(bill, Items.decimal(price)),
        List.of(
            "El cambio es lo que pagaste menos lo que cuesta.",
            "Resta $%d − %s.".formatted(bill, shownPrice),
            "Cuenta desde %s hasta llegar a $%d.".formatted(shownPrice, bill)),
        "$%d − %s = %s de cambio.".formatted(bill, shownPrice, Items.money(change)));
  }
}
