package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.NumberKind;

/**
 * Addition that carries at least once; params: {@code max-digits} (2–6, default 3) or a fixed
 * {@code digits}.
 */
final class AddWithCarry implements Generator {
  @Override
  public java.util.Set<String> params() {
    return Items.DIGIT_PARAMS;
  }

  @Override
  public String name() {
    return "add-with-carry";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    int digits = Items.digits(spec, random);
    int low = (int) Math.pow(10, digits - 1);
    int high = (int) Math.pow(10, digits) - 1;
    int a = Items.between(random, low, high);
    if (a % 10 == 0) {
      a += 5;
    }
    // The units must carry: b's last digit makes a's last digit reach 10 or more.
    int unitsB = Items.between(random, Math.max(1, 10 - a % 10), 9);
    int b = Items.between(random, low / 10, high / 10) * 10 + unitsB;
    if (b < 10) {
      b += 10;
    }
    long sum = (long) a + b;
    long noCarry = noCarrySum(a, b);
    String prompt =
        switch (random.nextInt(3)) {
          case 0 ->
              "En la semana vendiste %s pesos de tamales y %s de atole. ¿Cuánto vendiste en total?"
                  .formatted(Items.integer(a), Items.integer(b));
          case 1 ->
              "Pagaste %s pesos de luz y %s de agua. ¿Cuánto pagaste por los dos recibos?"
                  .formatted(Items.integer(a), Items.integer(b));
          default -> "¿Cuánto es %s + %s?".formatted(Items.integer(a), Items.integer(b));
        };
    return Items.item(
        spec,
        List.of((long) a, (long) b),
        prompt,
        Items.number(
            BigDecimal.valueOf(sum),
            NumberKind.INTEGER,
            "",
            List.of(
                Items.misconception(
                    noCarry,
                    "Olvidaste llevar. Cuando una columna suma 10 o más, pasa 1 a la siguiente."))),
        "%d + %d".formatted(a, b),
        List.of(
            "Suma columna por columna, empezando por la derecha.",
            "En las unidades, %d + %d = %d: escribe %d y llevas 1."
                .formatted(a % 10, b % 10, a % 10 + b % 10, (a % 10 + b % 10) % 10),
            "No olvides sumar el 1 que llevas en la siguiente columna."),
        "%s + %s = %s. En las unidades %d + %d = %d, escribimos %d y llevamos 1."
            .formatted(
                Items.integer(a),
                Items.integer(b),
                Items.integer(sum),
                a % 10,
                b % 10,
                a % 10 + b % 10,
                (a % 10 + b % 10) % 10));
  }

  private static long noCarrySum(long a, long b) {
    long result = 0;
    long place = 1;
    while (a > 0 || b > 0) {
      result += ((a % 10 + b % 10) % 10) * place;
      a /= 10;
      b /= 10;
      place *= 10;
    }
    return result;
  }
}
