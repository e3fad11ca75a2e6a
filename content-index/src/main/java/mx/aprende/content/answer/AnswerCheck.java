package mx.aprende.content.answer;

import java.util.Optional;
import mx.aprende.content.curriculum.Misconception;

/**
 * A checked answer: the {@link Verdict}, the normalised reading of what was typed ({@code "1500"},
 * {@code "3/4"}, {@code "b"}, {@code "guadalajara"}; empty when nothing was understood) and, for
 * wrong answers, the known misconception it matches.
 */
public record AnswerCheck(
    Verdict verdict, String normalized, Optional<Misconception> misconception) {
  static AnswerCheck correct(String normalized) {
    return new AnswerCheck(Verdict.CORRECT, normalized, Optional.empty());
  }

  static AnswerCheck incorrect(String normalized, Optional<Misconception> misconception) {
    return new AnswerCheck(Verdict.INCORRECT, normalized, misconception);
  }

  static AnswerCheck notUnderstood(String normalized) {
    return new AnswerCheck(Verdict.NOT_UNDERSTOOD, normalized, Optional.empty());
  }
}
