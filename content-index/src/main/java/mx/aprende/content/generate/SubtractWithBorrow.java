package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.NumberKind;

/**
 * Subtraction that borrows at least once; params: {@code max-digits} (2–6, default 3) or a fixed
 * {@code digits}.
 */
final class SubtractWithBorrow implements Generator {
  @Override
  public java.util.Set<String> params() {
    return Items.DIGIT_PARAMS;
  }

  @Override
  public String name() {
    return "subtract-with-borrow";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    int digits = Items.digits(spec, random);
    int low = (int) Math.pow(10, digits - 1);
    int high = (int) Math.pow(10, digits) - 1;
    int a = Items.between(random, low + 10, high);
    if (a % 10 == 9) {
      a -= 1;
    }
    // The units borrow: b's last digit is bigger than a's; b stays below a.
    int unitsB = Items.between(random, a % 10 + 1, 9);
    int b = Items.between(random, 0, a / 10 - 1) * 10 + unitsB;
    long difference = (long) a - b;
    long noBorrow = noBorrowDifference(a, b);
    String prompt =
        switch (random.nextInt(3)) {
          case 0 ->
              "Tenías %s pesos y gastaste %s en el mercado. ¿Cuánto te queda?"
                  .formatted(Items.integer(a), Items.integer(b));
          case 1 ->
              "Una obra necesita %s ladrillos y ya tienes %s. ¿Cuántos faltan?"
                  .formatted(Items.integer(a), Items.integer(b));
          default -> "¿Cuánto es %s − %s?".formatted(Items.integer(a), Items.integer(b));
        };
    return Items.item(
        spec,
        List.of((long) a, (long) b),
        prompt,
        Items.number(
            BigDecimal.valueOf(difference),
            NumberKind.INTEGER,
            "",
            List.of(
                Items.misconception(
                    noBorrow,
                    "Restaste el número chico del grande en cada columna. Cuando arriba es menor, pide prestado."))),
        "%d - %d".formatted(a, b),
        List.of(
            "Resta columna por columna, empezando por la derecha.",
            "En las unidades, %d es menor que %d: pide prestado 1 a las decenas."
                .formatted(a % 10, b % 10),
            "Con lo prestado, en las unidades haces %d − %d.".formatted(a % 10 + 10, b % 10)),
        "%s − %s = %s. En las unidades pedimos prestado: %d − %d = %d."
            .formatted(
                Items.integer(a),
                Items.integer(b),
                Items.integer(difference),
                a % 10 + 10,
                b % 10,
                a % 10 + 10 - b % 10));
  }

  private static long noBorrowDifference(long a, long b) {
    long result = 0;
    long place = 1;
    while (a > 0 || b > 0) {
      result += Math.abs(a % 10 - b % 10) * place;
      a /= 10;
      b /= 10;
      place *= 10;
    }
    return result;
  }
}
