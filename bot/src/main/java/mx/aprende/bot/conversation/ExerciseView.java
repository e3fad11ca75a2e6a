package mx.aprende.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import mx.aprende.content.answer.AnswerChecker;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.Exercise;

/**
 * How an exercise looks on a phone: choices as up to three buttons or a list of up to ten rows,
 * true/false as two buttons, everything else typed, with the buttons that help (a hint, or "No sé"
 * in the placement quiz). Button ids are {@link AnswerChecker#optionId} of the position shown, so a
 * tap and a typed "b" are checked alike.
 */
final class ExerciseView {

  static final String HINT = "ex:hint";
  static final String AGAIN = "ex:again";
  static final String SOLUTION = "ex:solution";
  static final String NEXT = "ex:next";
  static final String DONT_KNOW = "placement:dunno";
  static final String STOP = "placement:stop";

  private static final int BUTTON_TITLE_MAX = 20;
  private static final int ROW_TITLE_MAX = 24;
  private static final int ROW_DESCRIPTION_MAX = 72;
  private static final String LETTERS = "ABCDEFGHIJ";

  private ExerciseView() {}

  /** The order to show {@code exercise}'s options or items in (empty when it has none). */
  static List<Integer> order(Exercise exercise) {
    return switch (exercise.answer()) {
      case Answer.Choice choice -> ShownOrder.of(exercise.id(), choice.options().size(), false);
      case Answer.Ordering ordering -> ShownOrder.of(exercise.id(), ordering.items().size(), true);
      case Answer.NumberAnswer n -> List.of();
      case Answer.FractionAnswer f -> List.of();
      case Answer.TextAnswer t -> List.of();
      case Answer.TrueFalse tf -> List.of();
    };
  }

  /** The exercise as a practice question, after {@code intro} (may be empty). */
  static Reply practice(Exercise exercise, List<Integer> shown, String intro) {
    return render(exercise, shown, intro, List.of(Reply.Option.of(HINT, Texts.HINT)));
  }

  /** The exercise as a placement question: "No sé" and "Terminar prueba" instead of hints. */
  static Reply placement(Exercise exercise, List<Integer> shown, String intro) {
    return render(
        exercise,
        shown,
        intro,
        List.of(
            Reply.Option.of(DONT_KNOW, Texts.DONT_KNOW),
            Reply.Option.of(STOP, Texts.STOP_PLACEMENT)));
  }

  /** The three ways on after a wrong answer (no hint left: two). */
  static List<Reply.Option> afterMiss(int hintsUsed) {
    List<Reply.Option> options = new ArrayList<>();
    if (hintsUsed < 3) {
      options.add(Reply.Option.of(HINT, Texts.HINT));
    }
    options.add(Reply.Option.of(AGAIN, Texts.AGAIN));
    options.add(Reply.Option.of(SOLUTION, Texts.SOLUTION));
    return options;
  }

  /** The right answer as the learner saw it (letter and text for choices). */
  static String answerShown(Exercise exercise, List<Integer> shown) {
    return switch (exercise.answer()) {
      case Answer.Choice choice -> {
        int position = shown.isEmpty() ? choice.correct() : shown.indexOf(choice.correct());
        yield LETTERS.charAt(position) + ") " + choice.options().get(choice.correct()).text();
      }
      case Answer.Ordering ordering -> {
        List<String> positions = new ArrayList<>();
        for (int item = 0; item < ordering.items().size(); item++) {
          positions.add(String.valueOf((shown.isEmpty() ? item : shown.indexOf(item)) + 1));
        }
        yield String.join(" ", positions) + " (" + ordering.canonical() + ")";
      }
      case Answer.NumberAnswer n -> n.canonical();
      case Answer.FractionAnswer f -> f.canonical();
      case Answer.TextAnswer t -> t.canonical();
      case Answer.TrueFalse tf -> tf.canonical();
    };
  }

  /** An example of the expected form, for "No entendí tu respuesta". */
  static String expectedForm(Exercise exercise) {
    return switch (exercise.answer()) {
      case Answer.Choice c -> "Toca una opción o escribe su letra, por ejemplo: *B*";
      case Answer.TrueFalse tf -> "Toca un botón o escribe *verdadero* o *falso*.";
      case Answer.NumberAnswer n ->
          "Escribe solo el número, por ejemplo: *"
              + (n.unit().isPresent() ? "25 " + n.unit().get() : "25")
              + "*";
      case Answer.FractionAnswer f -> "Escribe la fracción así: *3/4*";
      case Answer.TextAnswer t -> "Escribe tu respuesta con pocas palabras.";
      case Answer.Ordering o ->
          "Escribe los números en orden, separados por espacios, por ejemplo: *2 1 3*";
    };
  }

  private static Reply render(
      Exercise exercise, List<Integer> shown, String intro, List<Reply.Option> helpers) {
    String head = intro.isEmpty() ? "" : intro + "\n\n";
    return switch (exercise.answer()) {
      case Answer.Choice choice -> choice(choice, shown, head + exercise.prompt());
      case Answer.TrueFalse tf ->
          new Reply.Buttons(
              head + exercise.prompt(),
              List.of(
                  Reply.Option.of(AnswerChecker.optionId(0), "Verdadero"),
                  Reply.Option.of(AnswerChecker.optionId(1), "Falso")));
      case Answer.Ordering ordering -> {
        StringBuilder body = new StringBuilder(head + exercise.prompt() + "\n");
        for (int position = 0; position < shown.size(); position++) {
          body.append('\n')
              .append(position + 1)
              .append(". ")
              .append(ordering.items().get(shown.get(position)));
        }
        body.append("\n\nEscribe los números en el orden correcto, por ejemplo: *2 1 3*");
        yield new Reply.Buttons(body.toString(), helpers);
      }
      case Answer.NumberAnswer n -> typed(head + exercise.prompt(), helpers);
      case Answer.FractionAnswer f -> typed(head + exercise.prompt(), helpers);
      case Answer.TextAnswer t -> typed(head + exercise.prompt(), helpers);
    };
  }

  private static Reply typed(String body, List<Reply.Option> helpers) {
    return new Reply.Buttons(body + "\n\n" + Texts.WRITE_ANSWER, helpers);
  }

  private static Reply choice(Answer.Choice choice, List<Integer> shown, String prompt) {
    List<String> texts = new ArrayList<>();
    for (int index : shown) {
      texts.add(choice.options().get(index).text());
    }
    boolean fitButtons =
        texts.size() <= 3 && texts.stream().allMatch(t -> t.length() <= BUTTON_TITLE_MAX);
    if (fitButtons) {
      List<Reply.Option> buttons = new ArrayList<>();
      for (int position = 0; position < texts.size(); position++) {
        buttons.add(Reply.Option.of(AnswerChecker.optionId(position), texts.get(position)));
      }
      return new Reply.Buttons(prompt, buttons);
    }
    // Long options are listed in the body with letters, so the learner reads them whole.
    StringBuilder body = new StringBuilder(prompt).append('\n');
    List<Reply.Option> rows = new ArrayList<>();
    for (int position = 0; position < texts.size() && position < LETTERS.length(); position++) {
      String letter = String.valueOf(LETTERS.charAt(position));
      String text = texts.get(position);
      body.append('\n').append(letter).append(") ").append(text);
      String title = letter + ") " + text;
      rows.add(
          title.length() <= ROW_TITLE_MAX
              ? Reply.Option.of(AnswerChecker.optionId(position), title)
              : Reply.Option.of(
                  AnswerChecker.optionId(position), letter, shorten(text, ROW_DESCRIPTION_MAX)));
    }
    if (rows.size() <= 3) {
      return new Reply.Buttons(
          body.toString(),
          rows.stream().map(r -> Reply.Option.of(r.id(), r.title().substring(0, 1))).toList());
    }
    return new Reply.Menu(body.toString(), "Ver opciones", rows);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
