package mx.aprende.bot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.content.answer.AnswerCheck;
import mx.aprende.content.answer.AnswerChecker;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.Misconception;
import mx.aprende.content.text.TextFolding;

/**
 * Answering an exercise: answers checked by the answer checker, every first answer recorded in the
 * engine; right → praise and why; wrong → the feedback of that mistake, then <i>Pista</i> / <i>Otra
 * vez</i> / <i>Ver solución</i>; the three-step hint ladder; the worked solution after repeated
 * misses; a question or "no sé" instead of an answer; milestones and a gentle streak.
 */
final class Practice {

  /** Wrong answers after which the worked solution is shown without asking. */
  static final int MISSES_BEFORE_SOLUTION = 3;

  private static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Mexico_City");

  private final Course course;
  private final LearnerModel engine;
  private final AnswerChecker checker;
  private final Questions questions;
  private final Studying studying;

  Practice(
      Course course,
      LearnerModel engine,
      AnswerChecker checker,
      Questions questions,
      Studying studying) {
    this.course = course;
    this.engine = engine;
    this.checker = checker;
    this.questions = questions;
    this.studying = studying;
  }

  /** "Saltar": leaves the lesson or exercise for later (a skipped exercise counts as missed). */
  Conversation.Outcome skip(Session session, Instant at) {
    Study study = session.study();
    if (session.step() == Step.EXERCISE && study.exercise().isPresent() && !study.recorded()) {
      record(session, false, at);
    }
    return studying.next(session.with(study.idle()), at, List.of(new Reply.Text(Texts.SKIPPED)));
  }

  /** The exercise again, as it was shown ("Otra vez", "repetir"). */
  Conversation.Outcome again(Session session, String intro) {
    Optional<Exercise> exercise = session.study().exercise().flatMap(course::exercise);
    if (exercise.isEmpty()) {
      return Studying.outcome(
          session.at(Step.MENU), List.of(), Studying.continueButtons(Texts.NOT_IN_EXERCISE));
    }
    return Studying.outcome(
        session.at(Step.EXERCISE),
        List.of(),
        ExerciseView.practice(exercise.get(), session.study().shown(), intro));
  }

  /** The next step of the hint ladder, with the exercise to answer right after it. */
  Conversation.Outcome hint(Session session) {
    Optional<Exercise> exercise = session.study().exercise().flatMap(course::exercise);
    if (exercise.isEmpty()) {
      return Studying.outcome(session, List.of(), Studying.continueButtons(Texts.NOT_IN_EXERCISE));
    }
    int given = session.study().hints();
    if (given >= 3) {
      return Studying.outcome(
          session.at(Step.EXERCISE),
          List.of(),
          new Reply.Buttons(Texts.NO_MORE_HINTS, ExerciseView.afterMiss(given)));
    }
    String hint = questions.hint(session, exercise.get(), given);
    Session hinted = session.with(session.study().withHint()).at(Step.EXERCISE);
    return Studying.outcome(
        hinted,
        List.of(),
        ExerciseView.practice(
            exercise.get(), session.study().shown(), Texts.hint(given + 1, hint)));
  }

  /** The worked solution; the exercise counts as missed if it was not answered yet. */
  Conversation.Outcome solution(Session session, Instant at) {
    Optional<Exercise> exercise = session.study().exercise().flatMap(course::exercise);
    if (exercise.isEmpty()) {
      return studying.proceed(session, at, List.of());
    }
    if (!session.study().recorded()) {
      record(session, false, at);
    }
    return solved(session, exercise.get(), List.of());
  }

  private Conversation.Outcome solved(Session session, Exercise exercise, List<Reply> before) {
    String text =
        Texts.solution(
            exercise.solution(), ExerciseView.answerShown(exercise, session.study().shown()));
    return Studying.outcome(
        session.with(session.study().idle()).at(Step.MENU),
        before,
        new Reply.Buttons(text, List.of(Reply.Option.of(ExerciseView.NEXT, Texts.NEXT))));
  }

  /** A typed answer or a tapped option to the exercise waiting. */
  Conversation.Outcome answer(Session session, String typed, Instant at) {
    Optional<Exercise> found = session.study().exercise().flatMap(course::exercise);
    if (found.isEmpty()) {
      return studying.proceed(session, at, List.of());
    }
    Exercise exercise = found.get();
    AnswerCheck check = checker.check(exercise.answer(), typed, session.study().shown());
    return switch (check.verdict()) {
      case CORRECT -> right(session, exercise, at);
      case INCORRECT -> wrong(session, exercise, check.misconception(), at);
      case NOT_UNDERSTOOD -> notUnderstood(session, exercise, typed);
    };
  }

  private Conversation.Outcome notUnderstood(Session session, Exercise exercise, String typed) {
    if (Questions.isStuck(typed)) {
      return Studying.outcome(
          session,
          List.of(),
          new Reply.Buttons(Texts.STUCK, ExerciseView.afterMiss(session.study().hints())));
    }
    if (Questions.looksLikeQuestion(typed)) {
      return Studying.outcome(
          session,
          List.of(questions.answer(session, typed)),
          ExerciseView.practice(exercise, session.study().shown(), Texts.BACK_TO_EXERCISE));
    }
    return Studying.outcome(
        session,
        List.of(),
        new Reply.Text(Texts.notUnderstood(ExerciseView.expectedForm(exercise))));
  }

  private Conversation.Outcome right(Session session, Exercise exercise, Instant at) {
    List<Reply> said = new ArrayList<>();
    StringBuilder text =
        new StringBuilder(Texts.praise((int) session.turns()))
            .append(Texts.why(exercise.solution()));
    Session after = session;
    if (!session.study().recorded()) {
      Progress progress = record(session, true, at);
      progress.milestones().forEach(m -> text.append("\n\n").append(m));
      after = session.with(progress.streak());
    }
    said.add(new Reply.Text(text.toString()));
    return studying.next(after.with(after.study().idle()), at, said);
  }

  private Conversation.Outcome wrong(
      Session session, Exercise exercise, Optional<Misconception> misconception, Instant at) {
    Session after = session;
    if (!session.study().recorded()) {
      after = session.with(record(session, false, at).streak());
    }
    after = after.with(after.study().withMiss());
    String feedback = Texts.WRONG + misconception.map(m -> " " + m.feedback()).orElse("");
    if (after.study().misses() >= MISSES_BEFORE_SOLUTION) {
      return solved(after, exercise, List.of(new Reply.Text(feedback)));
    }
    return Studying.outcome(
        after.at(Step.EXERCISE),
        List.of(),
        new Reply.Buttons(feedback, ExerciseView.afterMiss(after.study().hints())));
  }

  /** What recording one answer changed for the learner: new milestones and the streak. */
  private record Progress(List<String> milestones, Streak streak) {}

  private Progress record(Session session, boolean correct, Instant at) {
    Study study = session.study();
    String exerciseId = study.exercise().orElseThrow();
    List<String> skills = course.exercise(exerciseId).orElseThrow().skills();
    List<String> before =
        skills.stream().filter(s -> engine.mastered(session.learnerKey(), s)).toList();
    Duration took = study.askedAt().map(t -> Duration.between(t, at)).orElse(Duration.ZERO);
    engine.record(
        session.learnerKey(),
        exerciseId,
        correct,
        study.hints(),
        took.isNegative() ? Duration.ZERO : took,
        at);
    List<String> milestones = new ArrayList<>();
    for (String skill : skills) {
      if (!before.contains(skill) && engine.mastered(session.learnerKey(), skill)) {
        milestones.add(Texts.mastered(course.skillName(skill)));
      }
    }
    Streak streak = session.streak().studied(LocalDate.ofInstant(at, zone(session)));
    if (streak.days() > session.streak().days() && streak.days() >= 2) {
      milestones.add(Texts.streak(streak.days()));
    }
    return new Progress(milestones, streak);
  }

  private static ZoneId zone(Session session) {
    return session
        .profile()
        .state()
        .flatMap(MexicanState::byCode)
        .map(MexicanState::zone)
        .orElse(DEFAULT_ZONE);
  }

  /**
   * Whether {@code typed} is, word for word, one of the exercise's own options or answers: then it
   * is an answer even if it also reads as a command ("Una lista" is not "una pista").
   */
  static boolean isOwnAnswer(Exercise exercise, String typed) {
    String words = TextFolding.words(typed);
    List<String> own = new ArrayList<>();
    switch (exercise.answer()) {
      case Answer.Choice choice -> choice.options().forEach(o -> own.add(o.text()));
      case Answer.TextAnswer text -> {
        own.addAll(text.accepted());
        text.misconceptions().forEach(m -> own.add(m.answer()));
      }
      case Answer.NumberAnswer n -> {}
      case Answer.FractionAnswer f -> {}
      case Answer.TrueFalse tf -> {}
      case Answer.Ordering o -> {}
    }
    return own.stream().anyMatch(o -> TextFolding.words(o).equals(words));
  }

  /** Whether the learner is answering an exercise and typed one of its own answers. */
  boolean typedOwnAnswer(Session session, String typed) {
    return session.step() == Step.EXERCISE
        && session
            .study()
            .exercise()
            .flatMap(course::exercise)
            .map(e -> isOwnAnswer(e, typed))
            .orElse(false);
  }
}
