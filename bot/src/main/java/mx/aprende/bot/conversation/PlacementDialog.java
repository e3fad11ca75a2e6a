package mx.aprende.bot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.aprende.content.answer.AnswerCheck;
import mx.aprende.content.answer.AnswerChecker;
import mx.aprende.content.answer.Verdict;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.engine.policy.Placement;

/**
 * The placement quiz: the engine's adaptive questions, one at a time, without teaching (a wrong
 * answer just says "Anotado"); "No sé" counts as wrong, "Terminar prueba" or "saltar" ends it with
 * what was learnt so far. At the end the engine stores what the learner already knows and the
 * learner gets a module to start in.
 */
final class PlacementDialog {

  /** One turn of the quiz; {@code finished} when the quiz is over (the tutorial comes next). */
  record Result(Conversation.Outcome outcome, boolean finished) {}

  private final Course course;
  private final PlacementQuiz quiz;
  private final AnswerChecker checker;
  private final Studying studying;

  PlacementDialog(Course course, PlacementQuiz quiz, AnswerChecker checker, Studying studying) {
    this.course = course;
    this.quiz = quiz;
    this.checker = checker;
    this.studying = studying;
  }

  Result start(Session session, Instant at) {
    Placement.State state = quiz.start();
    Session started = session.with(session.study().withPlacement(Optional.of(state)));
    return ask(started, state, at, List.of())
        .map(o -> new Result(o, false))
        .orElseGet(() -> finish(started, state));
  }

  /** The learner's answer to the question waiting, and the next question or the end. */
  Result answer(Session session, Turn turn) {
    Optional<Placement.State> current = session.study().placement();
    Optional<Exercise> exercise = session.study().exercise().flatMap(course::exercise);
    if (current.isEmpty() || exercise.isEmpty()) {
      return finish(session, current.orElseGet(quiz::start));
    }
    Placement.State state = current.get();
    Inbound input = turn.input();
    String typed =
        switch (input) {
          case Inbound.Choice choice -> choice.id();
          case Inbound.Text text -> text.body();
          default -> "";
        };
    if (typed.equals(ExerciseView.STOP) || Command.of(typed).equals(Optional.of(Command.SKIP))) {
      return finish(session, state);
    }
    if (typed.isEmpty() || Command.of(typed).equals(Optional.of(Command.REPEAT))) {
      return new Result(
          new Conversation.Outcome(
              session,
              List.of(ExerciseView.placement(exercise.get(), session.study().shown(), ""))),
          false);
    }
    boolean correct;
    if (typed.equals(ExerciseView.DONT_KNOW) || Questions.isStuck(typed)) {
      correct = false;
    } else {
      AnswerCheck check = checker.check(exercise.get().answer(), typed, session.study().shown());
      if (check.verdict() == Verdict.NOT_UNDERSTOOD) {
        return new Result(
            new Conversation.Outcome(
                session,
                List.of(
                    new Reply.Text(
                        Texts.notUnderstood(ExerciseView.expectedForm(exercise.get()))
                            + " Si no sabes, escribe *no sé*."))),
            false);
      }
      correct = check.verdict() == Verdict.CORRECT;
    }
    Placement.State next = quiz.answer(state, exercise.get().id(), correct);
    Session answered = session.with(session.study().withPlacement(Optional.of(next)));
    Optional<Conversation.Outcome> asked = ask(answered, next, turn.at(), List.of());
    return asked.map(o -> new Result(o, false)).orElseGet(() -> finish(answered, next));
  }

  private Optional<Conversation.Outcome> ask(
      Session session, Placement.State state, Instant at, List<Reply> before) {
    Optional<Exercise> exercise = quiz.next(state).flatMap(course::exercise);
    if (exercise.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> order = ExerciseView.order(exercise.get());
    Session asking =
        session.with(session.study().answering(exercise.get().id(), order, at)).at(Step.PLACEMENT);
    String intro =
        (state.asked() == 0 ? "" : Texts.PLACEMENT_NOTED + "\n\n")
            + Texts.placementQuestion(state.asked() + 1).strip();
    List<Reply> replies = new ArrayList<>(before);
    replies.add(ExerciseView.placement(exercise.get(), order, intro));
    return Optional.of(new Conversation.Outcome(asking, replies));
  }

  private Result finish(Session session, Placement.State state) {
    Set<String> known = quiz.finish(session.learnerKey(), state);
    Session done = session.with(session.study().idle().withPlacement(Optional.empty()));
    Session placed = studying.withModule(done);
    String module = course.moduleTitle(placed.study().module().orElseThrow());
    return new Result(
        new Conversation.Outcome(
            placed.at(Step.MENU), List.of(new Reply.Text(Texts.placed(known.size(), module)))),
        true);
  }
}
