package mx.aprende.content.answer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.Misconception;
import mx.aprende.content.curriculum.NumberKind;
import mx.aprende.content.math.NumericLiteral;
import mx.aprende.content.math.Rational;
import mx.aprende.content.text.EditDistance;
import mx.aprende.content.text.TextFolding;

/**
 * The one checker for every typed answer. Thread-safe and allocation-light: no regex is compiled
 * per call, folding and number reading are hand-written single passes.
 *
 * <p>The rule for ambiguity: when what was typed can be read in more than one way and the readings
 * lead to different verdicts, the verdict is {@link Verdict#NOT_UNDERSTOOD}; the bot asks again. A
 * wrong verdict is worse than a second question.
 */
public final class AnswerChecker {
  private static final String OPTION_ID_PREFIX = "option-";
  private static final Set<String> CHOICE_MARKERS =
      Set.of("opcion", "inciso", "letra", "numero", "la", "el", "num", "no");
  private static final Set<String> CHOICE_FILLERS =
      Set.of("es", "creo", "que", "respuesta", "mi", "escojo", "elijo", "r", "de", "pues", "seria");
  private static final List<String> ORDINALS =
      List.of(
          "primer", "segund", "tercer", "cuart", "quint", "sext", "septim", "octav", "noven",
          "decim");
  private static final Set<String> YES =
      Set.of(
          "si",
          "verdadero",
          "verdad",
          "cierto",
          "correcto",
          "v",
          "true",
          "afirmativo",
          "claro",
          "sip",
          "simon",
          "yes",
          "option-1");
  private static final Set<String> NO =
      Set.of("no", "falso", "f", "mentira", "incorrecto", "false", "nop", "nel", "option-2");
  private static final Set<String> TF_FILLERS =
      Set.of("es", "creo", "que", "pues", "la", "respuesta", "el", "lo", "mi");
  private static final Set<String> ARTICLES =
      Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "es", "son");

  /** The reply-button id of the option at {@code index} (0-based), as the bot must send it. */
  public static String optionId(int index) {
    return OPTION_ID_PREFIX + (index + 1);
  }

  /** Checks {@code typed} against {@code expected}, options and items shown in their own order. */
  public AnswerCheck check(Answer expected, String typed) {
    return check(expected, typed, List.of());
  }

  /**
   * Checks {@code typed} against {@code expected}. {@code shownOrder} lists, for each position
   * shown to the learner, the index of the option or item shown there; empty means unshuffled.
   */
  public AnswerCheck check(Answer expected, String typed, List<Integer> shownOrder) {
    if (typed == null || typed.isBlank()) {
      return AnswerCheck.notUnderstood("");
    }
    return switch (expected) {
      case Answer.NumberAnswer number -> number(number, typed);
      case Answer.FractionAnswer fraction -> fraction(fraction, typed);
      case Answer.TextAnswer text -> text(text, typed);
      case Answer.Choice choice -> choice(choice, typed, shownOrder);
      case Answer.TrueFalse trueFalse -> trueFalse(trueFalse, typed);
      case Answer.Ordering ordering -> ordering(ordering, typed, shownOrder);
    };
  }

  private AnswerCheck number(Answer.NumberAnswer expected, String typed) {
    Optional<NumberReading> read = NumberReader.read(typed);
    if (read.isEmpty()) {
      return AnswerCheck.notUnderstood("");
    }
    NumberReading reading = read.get();
    Rational target = Rational.of(expected.value());
    Rational tolerance = expected.tolerance().map(Rational::of).orElse(Rational.ZERO);
    Optional<Unit> expectedUnit = expected.unit().flatMap(Unit::parse);
    List<Rational> values = reading.values();
    if (reading.ambiguous() && expected.kind() != NumberKind.DECIMAL) {
      // Integers are not written with three decimals, and centavos have two digits.
      values = List.of(values.getFirst());
    }
    List<AnswerCheck> verdicts = new ArrayList<>(2);
    for (Rational value : values) {
      List<Rational> meanings = meanings(value, reading, expectedUnit);
      boolean correct =
          meanings.stream().anyMatch(m -> m.minus(target).abs().compareTo(tolerance) <= 0);
      String normalized = value.toDisplayString() + (reading.percent() ? "%" : "");
      verdicts.add(
          correct
              ? AnswerCheck.correct(normalized)
              : AnswerCheck.incorrect(
                  normalized,
                  numberMisconception(expected.misconceptions(), meanings, expected.kind())));
    }
    return agree(verdicts);
  }

  /**
   * The values a reading may stand for: converted to the expected unit; a percent as p or p/100.
   */
  private static List<Rational> meanings(
      Rational value, NumberReading reading, Optional<Unit> expectedUnit) {
    Rational v = value;
    if (reading.unit().isPresent()
        && expectedUnit.isPresent()
        && reading.unit().get().dimension().equals(expectedUnit.get().dimension())) {
      v = v.times(reading.unit().get().factor()).dividedBy(expectedUnit.get().factor());
    }
    if (!reading.percent()
        || expectedUnit.map(u -> u.dimension().equals("percent")).orElse(false)) {
      return List.of(v);
    }
    return List.of(v, v.percent());
  }

  private static Optional<Misconception> numberMisconception(
      List<Misconception> misconceptions, List<Rational> meanings, NumberKind kind) {
    for (Misconception m : misconceptions) {
      Optional<NumberReading> wrong = NumberReader.read(m.answer());
      if (wrong.isPresent()) {
        List<Rational> values = wrong.get().values();
        Rational value = kind == NumberKind.DECIMAL ? values.getLast() : values.getFirst();
        if (meanings.contains(value)) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  private AnswerCheck fraction(Answer.FractionAnswer expected, String typed) {
    Optional<NumberReading> read = NumberReader.read(typed);
    if (read.isEmpty()) {
      return AnswerCheck.notUnderstood("");
    }
    NumberReading reading = read.get();
    int expectedDenominator = writtenDenominator(expected.written());
    List<AnswerCheck> verdicts = new ArrayList<>(2);
    for (Rational value : reading.values()) {
      String normalized =
          reading.writtenDenominator() > 0
              ? value.times(Rational.of(reading.writtenDenominator())).toDisplayString()
                  + "/"
                  + reading.writtenDenominator()
              : value.toDisplayString();
      boolean sameValue = value.equals(expected.value());
      boolean sameForm =
          expected.acceptEquivalent()
              || expectedDenominator == 0
              || reading.writtenDenominator() == expectedDenominator;
      if (sameValue && sameForm) {
        verdicts.add(AnswerCheck.correct(normalized));
      } else {
        Optional<Misconception> misconception = Optional.empty();
        for (Misconception m : expected.misconceptions()) {
          Optional<Rational> wrong = NumericLiteral.parse(m.answer());
          if (wrong.isPresent() && wrong.get().equals(value)) {
            misconception = Optional.of(m);
            break;
          }
        }
        verdicts.add(AnswerCheck.incorrect(normalized, misconception));
      }
    }
    return agree(verdicts);
  }

  private static int writtenDenominator(String written) {
    int slash = written.indexOf('/');
    if (slash < 0) {
      return 0;
    }
    try {
      return Integer.parseInt(written.substring(slash + 1).trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private AnswerCheck text(Answer.TextAnswer expected, String typed) {
    String answer = withoutArticles(TextFolding.words(typed));
    if (answer.isEmpty()) {
      return AnswerCheck.notUnderstood("");
    }
    int bestCorrect = closest(answer, expected.accepted());
    List<String> wrongTexts =
        expected.misconceptions().stream().map(Misconception::answer).toList();
    int bestWrong = closest(answer, wrongTexts);
    int correctDistance =
        bestCorrect < 0
            ? Integer.MAX_VALUE
            : distanceTo(answer, expected.accepted().get(bestCorrect));
    int wrongDistance =
        bestWrong < 0 ? Integer.MAX_VALUE : distanceTo(answer, wrongTexts.get(bestWrong));
    if (correctDistance < wrongDistance) {
      return AnswerCheck.correct(answer);
    }
    if (wrongDistance < correctDistance) {
      return AnswerCheck.incorrect(answer, Optional.of(expected.misconceptions().get(bestWrong)));
    }
    return bestCorrect >= 0
        ? AnswerCheck.notUnderstood(answer)
        : AnswerCheck.incorrect(answer, Optional.empty());
  }

  /** The index of the candidate within typo tolerance and nearest to {@code answer}, or -1. */
  private static int closest(String answer, List<String> candidates) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < candidates.size(); i++) {
      int d = distanceTo(answer, candidates.get(i));
      if (d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Edit distance to a candidate, or MAX_VALUE beyond its tolerance; digits must match exactly. */
  private static int distanceTo(String answer, String candidate) {
    String target = withoutArticles(TextFolding.words(candidate));
    if (answer.equals(target)) {
      return 0;
    }
    if (!digitsOf(answer).equals(digitsOf(target))) {
      return Integer.MAX_VALUE;
    }
    int tolerance = EditDistance.tolerance(target);
    int d = EditDistance.distance(answer, target, tolerance);
    return d <= tolerance ? d : Integer.MAX_VALUE;
  }

  private static String digitsOf(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  private static String withoutArticles(String words) {
    String out = words;
    while (true) {
      int space = out.indexOf(' ');
      if (space < 0 || !ARTICLES.contains(out.substring(0, space))) {
        return out;
      }
      out = out.substring(space + 1);
    }
  }

  private AnswerCheck choice(Answer.Choice expected, String typed, List<Integer> shownOrder) {
    int n = expected.options().size();
    List<Integer> order =
        shownOrder.isEmpty() ? IntStream.range(0, n).boxed().toList() : shownOrder;
    String trimmed = typed.trim();
    if (trimmed.startsWith(OPTION_ID_PREFIX)) {
      try {
        int shown = Integer.parseInt(trimmed.substring(OPTION_ID_PREFIX.length())) - 1;
        if (shown >= 0 && shown < n) {
          return chosen(expected, Set.of(order.get(shown)));
        }
      } catch (NumberFormatException e) {
        return AnswerCheck.notUnderstood("");
      }
    }
    // The option's own text, typed exactly, beats every other reading ("El B", "-15", ">").
    Set<Integer> exact = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      if (expected.options().get(i).text().trim().equalsIgnoreCase(trimmed)) {
        exact.add(i);
      }
    }
    if (exact.isEmpty()) {
      String typedWords = TextFolding.words(trimmed);
      for (int i = 0; i < n; i++) {
        if (!typedWords.isEmpty()
            && TextFolding.words(expected.options().get(i).text()).equals(typedWords)) {
          exact.add(i);
        }
      }
    }
    // A bare "2" may still be the second place when the options are numbers: both readings count.
    boolean alsoPosition =
        trimmed.length() <= 2
            && trimmed.chars().allMatch(Character::isDigit)
            && Integer.parseInt(trimmed) >= 1
            && Integer.parseInt(trimmed) <= n;
    if (exact.size() == 1 && !alsoPosition) {
      return chosen(expected, exact);
    }
    String words = TextFolding.words(trimmed);
    List<String> rest = new ArrayList<>();
    boolean marked = trimmed.endsWith(")") || trimmed.startsWith("#");
    for (String w : words.split(" ")) {
      if (CHOICE_MARKERS.contains(w)) {
        marked = true;
      } else if (!CHOICE_FILLERS.contains(w) && !w.isEmpty()) {
        rest.add(w);
      }
    }
    Set<Integer> candidates = new LinkedHashSet<>(exact);
    if (rest.size() == 1) {
      String w = rest.getFirst();
      int shown = positionWord(w, marked);
      if (shown >= 0 && shown < n) {
        candidates.add(order.get(shown));
      }
    }
    boolean numericOptions =
        expected.options().stream().allMatch(o -> optionValue(o.text()).isPresent());
    Optional<NumberReading> number = Optional.empty();
    if (numericOptions && !(marked && rest.size() == 1)) {
      number = NumberReader.read(trimmed);
      for (Rational value : number.map(NumberReading::values).orElse(List.of())) {
        for (int i = 0; i < n; i++) {
          if (optionValue(expected.options().get(i).text()).orElseThrow().equals(value)) {
            candidates.add(i);
          }
        }
      }
    }
    if (candidates.isEmpty()) {
      int best =
          closest(
              withoutArticles(words),
              expected.options().stream().map(Answer.Option::text).toList());
      if (best >= 0) {
        candidates.add(best);
      }
    }
    if (candidates.isEmpty()) {
      return number.isPresent()
          ? AnswerCheck.incorrect(words, Optional.empty())
          : AnswerCheck.notUnderstood(words);
    }
    return chosen(expected, candidates);
  }

  /**
   * The value of an option that is just a quantity ("3/4", "$150", "12 m²", "25%"); "14 de febrero"
   * has a number but is not a quantity.
   */
  private static Optional<Rational> optionValue(String text) {
    Optional<Rational> value = NumericLiteral.parse(text);
    if (value.isEmpty()) {
      return value;
    }
    StringBuilder words = new StringBuilder();
    for (String w : TextFolding.words(text).split(" ")) {
      if (!w.isEmpty() && !w.chars().allMatch(Character::isDigit)) {
        words.append(words.isEmpty() ? "" : " ").append(w);
      }
    }
    return words.isEmpty() || Unit.parse(words.toString()).isPresent() ? value : Optional.empty();
  }

  /** A letter ("b"), a digit ("2"), an ordinal ("segunda") or, after a marker, a number word. */
  private static int positionWord(String w, boolean marked) {
    if (w.length() == 1 && w.charAt(0) >= 'a' && w.charAt(0) <= 'j') {
      return w.charAt(0) - 'a';
    }
    if (w.length() <= 2 && w.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(w) - 1;
    }
    for (int i = 0; i < ORDINALS.size(); i++) {
      if (w.startsWith(ORDINALS.get(i)) && w.length() <= ORDINALS.get(i).length() + 2) {
        return i;
      }
    }
    if (marked) {
      Optional<BigInteger> value = SpanishNumbers.integer(List.of(w));
      if (value.isPresent() && value.get().compareTo(BigInteger.TEN) <= 0) {
        return value.get().intValue() - 1;
      }
    }
    return -1;
  }

  private static AnswerCheck chosen(Answer.Choice expected, Set<Integer> candidates) {
    if (candidates.size() == 1) {
      int index = candidates.iterator().next();
      Answer.Option option = expected.options().get(index);
      if (index == expected.correct()) {
        return AnswerCheck.correct(option.text());
      }
      return AnswerCheck.incorrect(
          option.text(), option.feedback().map(f -> new Misconception(option.text(), f)));
    }
    if (candidates.contains(expected.correct())) {
      return AnswerCheck.notUnderstood("");
    }
    return AnswerCheck.incorrect("", Optional.empty());
  }

  private AnswerCheck trueFalse(Answer.TrueFalse expected, String typed) {
    String words = TextFolding.words(typed);
    String padded = " " + words + " ";
    if (padded.contains(" no se ")
        || padded.contains(" nose ")
        || padded.contains(" no lo se ")
        || padded.contains(" ni idea ")
        || padded.contains(" no entiendo ")
        || padded.contains(" no estoy segur")) {
      return AnswerCheck.notUnderstood(words);
    }
    boolean negatedYes =
        padded.contains(" no es cierto ")
            || padded.contains(" no es verdad ")
            || padded.contains(" no es correcto ")
            || padded.contains(" no es verdadero ");
    int yes = 0;
    int no = 0;
    int other = 0;
    for (String w : (typed.trim().startsWith("option-") ? typed.trim() : words).split(" ")) {
      if (YES.contains(w)) {
        yes++;
      } else if (NO.contains(w)) {
        no++;
      } else if (!TF_FILLERS.contains(w)) {
        other++;
      }
    }
    Boolean value = null;
    if (negatedYes) {
      value = false;
    } else if (yes > 0 && no == 0) {
      value = true;
    } else if (no > 0 && yes == 0) {
      value = false;
    }
    if (value == null || other > 6) {
      return AnswerCheck.notUnderstood(words);
    }
    String normalized = value ? "verdadero" : "falso";
    if (value == expected.value()) {
      return AnswerCheck.correct(normalized);
    }
    return AnswerCheck.incorrect(
        normalized, expected.feedbackWrong().map(f -> new Misconception(normalized, f)));
  }

  private AnswerCheck ordering(Answer.Ordering expected, String typed, List<Integer> shownOrder) {
    int n = expected.items().size();
    List<Integer> order =
        shownOrder.isEmpty() ? IntStream.range(0, n).boxed().toList() : shownOrder;
    List<Integer> positions = new ArrayList<>();
    for (String w : TextFolding.words(typed).split(" ")) {
      if (w.isEmpty()
          || w.equals("y")
          || w.equals("luego")
          || w.equals("despues")
          || w.equals("primero")) {
        continue;
      }
      if (w.chars().allMatch(Character::isDigit)) {
        if (w.length() == n && n <= 9 && positions.isEmpty()) {
          w.chars().forEach(c -> positions.add(c - '0'));
        } else if (w.length() <= 2) {
          positions.add(Integer.parseInt(w));
        } else {
          return AnswerCheck.notUnderstood("");
        }
      } else {
        Optional<BigInteger> value = SpanishNumbers.integer(List.of(w));
        if (value.isEmpty()) {
          return AnswerCheck.notUnderstood("");
        }
        positions.add(value.get().intValue());
      }
    }
    if (positions.size() != n
        || new LinkedHashSet<>(positions).size() != n
        || positions.stream().anyMatch(p -> p < 1 || p > n)) {
      return AnswerCheck.notUnderstood("");
    }
    String normalized = String.join(" ", positions.stream().map(String::valueOf).toList());
    for (int i = 0; i < n; i++) {
      if (order.get(positions.get(i) - 1) != i) {
        return AnswerCheck.incorrect(normalized, Optional.empty());
      }
    }
    return AnswerCheck.correct(normalized);
  }

  /** One verdict when all readings agree; otherwise not understood. */
  private static AnswerCheck agree(List<AnswerCheck> verdicts) {
    AnswerCheck first = verdicts.getFirst();
    for (AnswerCheck other : verdicts) {
      if (other.verdict() != first.verdict()) {
        // Both readings are reported so the bot (or a reviewer) can ask "¿1500 o 1.5?".
        return AnswerCheck.notUnderstood(
            String.join(" | ", verdicts.stream().map(AnswerCheck::normalized).toList()));
      }
    }
    return first;
  }
}
