package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.NumberKind;

/** Perimeter of a rectangle in metres; params: {@code max-side} (3–100, default 30). */
final class RectanglePerimeter implements Generator {
  @Override
  public java.util.Set<String> params() {
    return java.util.Set.of("max-side");
  }

  @Override
  public String name() {
    return "rectangle-perimeter";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    int maxSide = Items.param(spec, "max-side", 30, 3, 100);
    int l = Items.between(random, 2, maxSide);
    int w = Items.between(random, 2, maxSide);
    long perimeter = 2L * (l + w);
    String prompt =
        switch (random.nextInt(3)) {
          case 0 ->
              "Quieres cercar un corral de %d metros de largo y %d de ancho. ¿Cuántos metros de malla necesitas?"
                  .formatted(l, w);
          case 1 ->
              "Un terreno rectangular mide %d metros por %d metros. ¿Cuánto mide su perímetro?"
                  .formatted(l, w);
          default ->
              "Vas a poner una tira de foquitos alrededor de una ventana de %d por %d metros. ¿Cuántos metros de tira necesitas?"
                  .formatted(l, w);
        };
    return Items.item(
        spec,
        List.of((long) l, (long) w),
        prompt,
        Items.number(
            BigDecimal.valueOf(perimeter),
            NumberKind.INTEGER,
            "metros",
            List.of(
                Items.misconception(
                    (long) l * w,
                    "Calculaste el área. El perímetro es la orilla: suma los cuatro lados."),
                Items.misconception(l + w, "Sumaste solo dos lados. El rectángulo tiene cuatro."))),
        "2 * (%d + %d)".formatted(l, w),
        List.of(
            "El perímetro es lo que mide toda la orilla.",
            "Un rectángulo tiene dos lados de %d y dos lados de %d.".formatted(l, w),
            "Suma %d + %d + %d + %d.".formatted(l, w, l, w)),
        "Perímetro = %d + %d + %d + %d = %s metros."
            .formatted(l, w, l, w, Items.integer(perimeter)));
  }
}
