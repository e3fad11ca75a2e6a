package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.NumberKind;

/** Area of a rectangle in square metres; params: {@code max-side} (3–100, default 20). */
final class RectangleArea implements Generator {
  @Override
  public java.util.Set<String> params() {
    return java.util.Set.of("max-side");
  }

  @Override
  public String name() {
    return "rectangle-area";
  }

  @Override
  public Exercise generate(GeneratorSpec spec, RandomGenerator random, int sequence) {
    int maxSide = Items.param(spec, "max-side", 20, 3, 100);
    int l = Items.between(random, 2, maxSide);
    int w = Items.between(random, 2, maxSide);
    long area = (long) l * w;
    String prompt =
        switch (random.nextInt(3)) {
          case 0 ->
              "Vas a poner piso en un cuarto de %d metros de largo y %d de ancho. ¿Cuántos metros cuadrados de piso necesitas?"
                  .formatted(l, w);
          case 1 ->
              "Un terreno rectangular mide %d metros por %d metros. ¿Cuál es su área en metros cuadrados?"
                  .formatted(l, w);
          default ->
              "Quieres pintar una pared de %d metros de largo y %d de alto. ¿Cuántos metros cuadrados vas a pintar?"
                  .formatted(l, w);
        };
    return Items.item(
        spec,
        List.of((long) l, (long) w),
        prompt,
        Items.number(
            BigDecimal.valueOf(area),
            NumberKind.INTEGER,
            "metros cuadrados",
            List.of(
                Items.misconception(
                    2L * (l + w),
                    "Calculaste el perímetro (la orilla). El área es lo de adentro: largo por ancho."),
                Items.misconception(l + w, "Sumaste los lados. Para el área se multiplican."))),
        "%d * %d".formatted(l, w),
        List.of(
            "El área es lo que cubre el rectángulo por dentro.",
            "Multiplica el largo por el ancho: %d × %d.".formatted(l, w),
            "Son %d filas de %d cuadritos de un metro.".formatted(w, l)),
        "Área = largo × ancho = %d × %d = %s metros cuadrados."
            .formatted(l, w, Items.integer(area)));
  }
}
