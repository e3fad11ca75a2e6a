package mx.aprende.bot.conversation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mx.aprende.content.answer.AnswerChecker;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.Misconception;

/** What a learner would type to answer an exercise right or wrong, as it was shown. */
final class Answers {

  private Answers() {}

  static String right(Exercise exercise, List<Integer> shown) {
    return switch (exercise.answer()) {
      case Answer.Choice c -> AnswerChecker.optionId(position(shown, c.correct()));
      case Answer.TrueFalse tf -> tf.value() ? "verdadero" : "falso";
      case Answer.Ordering o -> {
        List<String> positions = new ArrayList<>();
        for (int item = 0; item < o.items().size(); item++) {
          positions.add(String.valueOf(position(shown, item) + 1));
        }
        yield String.join(" ", positions);
      }
      case Answer.NumberAnswer n -> n.value().stripTrailingZeros().toPlainString();
      case Answer.FractionAnswer f -> f.written();
      case Answer.TextAnswer t -> t.accepted().getFirst();
    };
  }

  static String wrong(Exercise exercise, List<Integer> shown) {
    return switch (exercise.answer()) {
      case Answer.Choice c -> {
        int wrong = c.correct() == 0 ? 1 : 0;
        for (int i = 0; i < c.options().size(); i++) {
          if (i != c.correct() && c.options().get(i).feedback().isPresent()) {
            wrong = i;
            break;
          }
        }
        yield AnswerChecker.optionId(position(shown, wrong));
      }
      case Answer.TrueFalse tf -> tf.value() ? "falso" : "verdadero";
      case Answer.Ordering o -> {
        List<String> positions = new ArrayList<>();
        for (int item = o.items().size() - 1; item >= 0; item--) {
          positions.add(String.valueOf(position(shown, item) + 1));
        }
        yield String.join(" ", positions);
      }
      case Answer.NumberAnswer n ->
          n.misconceptions().stream()
              .map(Misconception::answer)
              .findFirst()
              .orElse(n.value().add(BigDecimal.valueOf(7)).stripTrailingZeros().toPlainString());
      case Answer.FractionAnswer f ->
          f.misconceptions().stream().map(Misconception::answer).findFirst().orElse("1/97");
      case Answer.TextAnswer t ->
          t.misconceptions().stream().map(Misconception::answer).findFirst().orElse("xq zw");
    };
  }

  private static int position(List<Integer> shown, int index) {
    return shown.isEmpty() ? index : shown.indexOf(index);
  }
}
