package mx.aprende.content.curriculum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import mx.aprende.content.math.Rational;

/** The expected answer of an exercise, one record per exercise type. */
public sealed interface Answer {
  /** The type name used in the files. */
  String type();

  /** The canonical answer as a learner would read it. */
  String canonical();

  /** An option of a multiple-choice exercise; wrong options carry feedback. */
  record Option(String text, Optional<String> feedback) {}

  /** Multiple choice with exactly one correct option, {@code correct} being its index. */
  record Choice(List<Option> options, int correct) implements Answer {
    /** Copies the options. */
    public Choice {
      options = List.copyOf(options);
    }

    @Override
    public String type() {
      return "choice";
    }

    @Override
    public String canonical() {
      return options.get(correct).text();
    }
  }

  /** A number: integer, decimal or money, with an optional absolute tolerance and unit word. */
  record NumberAnswer(
      BigDecimal value,
      NumberKind kind,
      Optional<BigDecimal> tolerance,
      Optional<String> unit,
      List<Misconception> misconceptions)
      implements Answer {
    /** Copies the misconceptions. */
    public NumberAnswer {
      misconceptions = List.copyOf(misconceptions);
    }

    @Override
    public String type() {
      return "number";
    }

    @Override
    public String canonical() {
      String number = value.stripTrailingZeros().toPlainString();
      return unit.map(u -> number + " " + u).orElse(number);
    }
  }

  /** A fraction such as {@code 3/4} or {@code 1 1/2}; equivalent fractions accepted if allowed. */
  record FractionAnswer(
      Rational value, String written, boolean acceptEquivalent, List<Misconception> misconceptions)
      implements Answer {
    /** Copies the misconceptions. */
    public FractionAnswer {
      misconceptions = List.copyOf(misconceptions);
    }

    @Override
    public String type() {
      return "fraction";
    }

    @Override
    public String canonical() {
      return written;
    }
  }

  /** Short text; the first accepted answer is canonical. */
  record TextAnswer(List<String> accepted, List<Misconception> misconceptions) implements Answer {
    /** Copies the lists. */
    public TextAnswer {
      accepted = List.copyOf(accepted);
      misconceptions = List.copyOf(misconceptions);
    }

    @Override
    public String type() {
      return "text";
    }

    @Override
    public String canonical() {
      return accepted.getFirst();
    }
  }

  /** True or false, with optional feedback for the wrong choice. */
  record TrueFalse(boolean value, Optional<String> feedbackWrong) implements Answer {
    @Override
    public String type() {
      return "true-false";
    }

    @Override
    public String canonical() {
      return value ? "verdadero" : "falso";
    }
  }

  /** Items in their correct order; shown shuffled, answered with the numbers shown. */
  record Ordering(List<String> items) implements Answer {
    /** Copies the items. */
    public Ordering {
      items = List.copyOf(items);
    }

    @Override
    public String type() {
      return "ordering";
    }

    @Override
    public String canonical() {
      return String.join(", ", items);
    }
  }
}
