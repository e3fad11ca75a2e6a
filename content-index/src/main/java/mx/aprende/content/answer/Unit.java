package mx.aprende.content.answer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import mx.aprende.content.math.Rational;
import mx.aprende.content.text.TextFolding;

/**
 * A unit a learner may type after a number, with its dimension and its size in the dimension's base
 * unit, so that {@code 150 cm} can be compared with an answer in metres.
 */
record Unit(String name, String dimension, Rational factor) {
  private static final Map<String, Unit> WORDS = new HashMap<>();

  static {
    add("metros", "length", Rational.ONE, "metro", "metros", "m", "mts", "mt", "mtrs");
    add("centimetros", "length", Rational.of(1, 100), "centimetro", "centimetros", "cm", "cms");
    add("milimetros", "length", Rational.of(1, 1000), "milimetro", "milimetros", "mm");
    add("kilometros", "length", Rational.of(1000), "kilometro", "kilometros", "km", "kms");
    add("metros cuadrados", "area", Rational.ONE, "m2", "mts2", "mt2");
    add("centimetros cuadrados", "area", Rational.of(1, 10_000), "cm2");
    add("metros cubicos", "volume", Rational.ONE, "m3");
    add("kilos", "mass", Rational.ONE, "kilo", "kilos", "kg", "kgs", "kilogramo", "kilogramos");
    add("gramos", "mass", Rational.of(1, 1000), "gramo", "gramos", "g", "gr", "grs");
    add("litros", "volume-l", Rational.ONE, "litro", "litros", "l", "lt", "lts");
    add("mililitros", "volume-l", Rational.of(1, 1000), "mililitro", "mililitros", "ml");
    add("horas", "time", Rational.of(60), "hora", "horas", "hr", "hrs", "h");
    add("minutos", "time", Rational.ONE, "minuto", "minutos", "min", "mins");
    add("pesos", "money", Rational.ONE, "peso", "pesos", "mxn", "mn", "varos", "baros");
    add("centavos", "money", Rational.of(1, 100), "centavo", "centavos", "cts", "ctvs");
    add("%", "percent", Rational.ONE, "%", "porciento");
  }

  private static void add(String name, String dimension, Rational factor, String... words) {
    Unit unit = new Unit(name, dimension, factor);
    for (String word : words) {
      WORDS.put(word, unit);
    }
  }

  /** The unit named by one folded word. */
  static Optional<Unit> of(String word) {
    return Optional.ofNullable(WORDS.get(word));
  }

  /** The squared (area) or cubed (volume) unit of a length, for "metros cuadrados". */
  Optional<Unit> power(String word) {
    if (!dimension.equals("length")) {
      return Optional.empty();
    }
    if (word.startsWith("cuadrad")) {
      return Optional.of(new Unit(name + " cuadrados", "area", factor.times(factor)));
    }
    if (word.startsWith("cubic")) {
      return Optional.of(new Unit(name + " cubicos", "volume", factor.times(factor).times(factor)));
    }
    return Optional.empty();
  }

  /** The unit written in an answer spec ({@code "metros cuadrados"}, {@code "m²"}, {@code "%"}). */
  static Optional<Unit> parse(String written) {
    String folded = TextFolding.words(written.replace("%", " porciento "));
    String[] words = folded.split(" ");
    if (words.length == 0 || words[0].isEmpty()) {
      return Optional.empty();
    }
    if (folded.equals("por ciento")) {
      return of("%");
    }
    Optional<Unit> unit = of(words[0]);
    if (unit.isPresent() && words.length > 1) {
      return unit.get().power(words[1]).or(() -> unit);
    }
    return unit;
  }
}
