package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.NumberKind;

/**
 * The value of one digit inside a number ("¿cuánto vale el 7 en 3,742?"); the digit appears once so
 * the question has one answer. Params: {@code max-digits} (3–7, default 5).
 */
final class PlaceValue implements Generator {
  private static final String[] PLACES = {
    "unidades",
    "decenas",
    "centenas",
    "unidades de millar",
    "decenas de millar",
    "centenas de millar",
    "unidades de millón"
  };

  @Override
  public java.util.Set<String> params() {
    return java.util.Set.of("max-digits");
  }

  @Override
  public String name() {
    return "place-value";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    int maxDigits = Items.param(spec, "max-digits", 5, 3, 7);
    int digits = Items.between(random, 3, maxDigits);
    // Distinct digits, leading digit not zero: every digit names exactly one place.
    List<Integer> pool = new java.util.ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    long number = 0;
    for (int i = 0; i < digits; i++) {
      int index = i == 0 ? 1 + random.nextInt(pool.size() - 1) : random.nextInt(pool.size());
      if (i == 0 && pool.get(index) == 0) {
        index = 1;
      }
      number = number * 10 + pool.remove(index);
    }
    int position = random.nextInt(digits);
    long power = (long) Math.pow(10, position);
    int digit = (int) ((number / power) % 10);
    if (digit == 0) {
      position = digits - 1;
      power = (long) Math.pow(10, position);
      digit = (int) ((number / power) % 10);
    }
    long value = digit * power;
    String shown = Items.integer(number);
    String prompt =
        switch (random.nextInt(2)) {
          case 0 -> "En el número %s, ¿cuánto vale el %d?".formatted(shown, digit);
          default ->
              "Tu recibo dice que debes %s pesos. ¿Cuántos pesos vale el %d en esa cantidad?"
                  .formatted(shown, digit);
        };
    return Items.item(
        spec,
        List.of(number, (long) position),
        prompt,
        Items.number(
            BigDecimal.valueOf(value),
            NumberKind.INTEGER,
            "",
            List.of(
                Items.misconception(
                    digit, "Ese es el dígito solo. Su valor depende del lugar donde está."))),
        "%d * %d".formatted(digit, power),
        List.of(
            "Cuenta los lugares desde la derecha: unidades, decenas, centenas…",
            "El %d está en el lugar de las %s.".formatted(digit, PLACES[position]),
            "Vale %d %s.".formatted(digit, PLACES[position])),
        "En %s el %d está en las %s, así que vale %d × %s = %s."
            .formatted(
                shown, digit, PLACES[position], digit, Items.integer(power), Items.integer(value)));
  }
}
