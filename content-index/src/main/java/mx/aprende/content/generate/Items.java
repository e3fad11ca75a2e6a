package mx.aprende.content.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import mx.aprende.content.ContentException;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.Hints;
import mx.aprende.content.curriculum.Misconception;
import mx.aprende.content.curriculum.NumberKind;

/** Shared pieces of the generators: building items, Mexican number formatting, drawing. */
final class Items {
  private Items() {}

  /** An item whose id is the spec id plus a hash of the drawn numbers, so equal draws share ids. */
  static Exercise item(
      GeneratorSpec spec,
      List<Long> drawn,
      String prompt,
      Answer answer,
      String compute,
      List<String> hints,
      String solution) {
    return new Exercise(
        spec.id() + "-" + hash(drawn),
        spec.skills(),
        spec.difficulty(),
        prompt,
        answer,
        Optional.of(compute),
        new Hints(hints.get(0), hints.get(1), hints.get(2)),
        solution,
        spec.location());
  }

  /** A number answer, with the listed misconceptions (values equal to the answer are dropped). */
  static Answer.NumberAnswer number(
      BigDecimal value, NumberKind kind, String unit, List<Misconception> misconceptions) {
    List<Misconception> distinct =
        misconceptions.stream()
            .filter(m -> new BigDecimal(m.answer()).compareTo(value) != 0)
            .toList();
    return new Answer.NumberAnswer(
        value,
        kind,
        Optional.empty(),
        Optional.ofNullable(unit).filter(u -> !u.isEmpty()),
        distinct);
  }

  static Misconception misconception(long value, String feedback) {
    return new Misconception(Long.toString(value), feedback);
  }

  /** {@code 1,500} — the thousands comma used in Mexico. */
  static String integer(long value) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    return format.format(value);
  }

  /** {@code $1,500} or {@code $36.50}. */
  static String money(BigDecimal value) {
    BigDecimal v = value.setScale(2, RoundingMode.UNNECESSARY);
    String pattern = v.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00";
    return "$" + new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(v);
  }

  /** A decimal with a point and no trailing zeros: {@code 2.75}. */
  static String decimal(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** A uniform integer in {@code [min, max]}. */
  static int between(RandomGenerator random, int min, int max) {
    if (max < min) {
      throw new ContentException("empty range " + min + ".." + max + " (check the params)");
    }
    return min + random.nextInt(max - min + 1);
  }

  /** One of {@code options}, uniformly. */
  @SafeVarargs
  static <T> T pick(RandomGenerator random, T... options) {
    return options[random.nextInt(options.length)];
  }

  /**
   * The first of {@code names} that is set (aliases authors use), checked to lie in {@code [min,
   * max]}.
   */
  static int param(GeneratorSpec spec, List<String> names, int fallback, int min, int max) {
    for (String name : names) {
      if (spec.params().containsKey(name)) {
        return param(spec, name, fallback, min, max);
      }
    }
    return fallback;
  }

  /** A parameter checked to lie in {@code [min, max]}. */
  /** Parameters of the column-arithmetic generators (add with carry, subtract with borrow). */
  static final java.util.Set<String> DIGIT_PARAMS = java.util.Set.of("max-digits", "digits");

  /**
   * How many digits the numbers get: a fixed {@code digits}, or drawn from 2 to {@code max-digits}.
   */
  static int digits(GeneratorSpec spec, RandomGenerator random) {
    int maxDigits = param(spec, "max-digits", 3, 2, 6);
    return spec.params().containsKey("digits")
        ? param(spec, "digits", 3, 2, 6)
        : between(random, 2, maxDigits);
  }

  static int param(GeneratorSpec spec, String name, int fallback, int min, int max) {
    int value = spec.intParam(name, fallback);
    if (value < min || value > max) {
      throw new ContentException(
          "parameter " + name + " = " + value + " is outside " + min + ".." + max);
    }
    return value;
  }

  private static String hash(List<Long> drawn) {
    long h = 1125899906842597L;
    for (long v : drawn) {
      h = 31 * h + v;
    }
    return HexFormat.of().toHexDigits((int) (h ^ (h >>> 32)));
  }
}
