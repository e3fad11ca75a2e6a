package mx.aprende.bot.tutor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.aprende.content.answer.AnswerChecker;
import mx.aprende.content.answer.Verdict;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.text.TextFolding;

/**
 * Says whether a reply gives an exercise's answer away: every number, fraction or run of words in
 * the reply is read by the same {@link AnswerChecker} that marks the learner, so "0.75", "3/4",
 * "tres cuartos" or "75%" all count as the answer {@code 3/4} when the checker would accept them.
 */
public final class AnswerLeakGuard {

  /** Numbers as written: "1,500", "3/4", "0.75", "$150", "25%", "12 m". */
  private static final Pattern NUMBERS =
      Pattern.compile("\\$?\\d+(?:[.,]\\d+)*(?:\\s*/\\s*\\d+)?\\s*%?");

  private static final int MAX_WINDOW = 6;

  private final AnswerChecker checker;

  public AnswerLeakGuard(AnswerChecker checker) {
    this.checker = checker;
  }

  /** Whether {@code reply} contains {@code expected} or a form the checker accepts as it. */
  public boolean leaks(String reply, Answer expected) {
    return switch (expected) {
      case Answer.NumberAnswer n -> anyCorrect(expected, numbersAndWords(reply));
      case Answer.FractionAnswer f -> anyCorrect(expected, numbersAndWords(reply));
      case Answer.TextAnswer t -> anyCorrect(expected, windows(reply));
      case Answer.Choice c -> containsWords(reply, c.options().get(c.correct()).text());
      case Answer.TrueFalse tf ->
          containsWords(reply, tf.value() ? "verdadero" : "falso")
              && !containsWords(reply, tf.value() ? "falso" : "verdadero");
      case Answer.Ordering o -> anyCorrect(expected, numbersAndWords(reply));
    };
  }

  private boolean anyCorrect(Answer expected, List<String> candidates) {
    for (String candidate : candidates) {
      if (checker.check(expected, candidate).verdict() == Verdict.CORRECT) {
        return true;
      }
    }
    return false;
  }

  /** Each written number, and every short run of words (number words: "tres cuartos"). */
  private static List<String> numbersAndWords(String reply) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBERS.matcher(reply);
    while (m.find()) {
      out.add(m.group().strip());
    }
    out.addAll(windows(reply));
    return out;
  }

  private static List<String> windows(String reply) {
    String[] words = TextFolding.words(reply).split(" ");
    List<String> out = new ArrayList<>();
    for (int size = 1; size <= MAX_WINDOW; size++) {
      for (int start = 0; start + size <= words.length; start++) {
        out.add(String.join(" ", Arrays.copyOfRange(words, start, start + size)));
      }
    }
    return out;
  }

  private static boolean containsWords(String reply, String phrase) {
    String folded = TextFolding.words(phrase);
    return !folded.isEmpty() && (" " + TextFolding.words(reply) + " ").contains(" " + folded + " ");
  }
}
