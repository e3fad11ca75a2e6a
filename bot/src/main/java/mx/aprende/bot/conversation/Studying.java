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
import mx.aprende.content.curriculum.Example;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.content.curriculum.Misconception;
import mx.aprende.content.text.TextFolding;
import mx.aprende.engine.policy.Activity;

/**
 * The learning loop: lessons in short chunks with <i>Siguiente</i>, then the practice the engine
 * chooses; answers checked, every first answer recorded in the engine; feedback that names the
 * mistake, the three-step hint ladder, the worked solution after repeated misses; milestones and a
 * gentle streak.
 */
final class Studying {

  static final String LESSON_NEXT = "lesson:next";
  static final String RESUME = "resume:go";
  static final String MENU = "resume:menu";

  /** Wrong answers after which the worked solution is shown without asking. */
  static final int MISSES_BEFORE_SOLUTION = 3;

  private static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Mexico_City");

  private final Course course;
  private final LearnerModel engine;
  private final AnswerChecker checker;
  private final Questions questions;

  Studying(Course course, LearnerModel engine, AnswerChecker checker, Questions questions) {
    this.course = course;
    this.engine = engine;
    this.checker = checker;
    this.questions = questions;
  }

  /** Picks up where the learner is: the exercise waiting, the lesson being read, or what's next. */
  Conversation.Outcome proceed(Session session, Instant at, List<Reply> before) {
    Study study = session.study();
    if (study.exercise().isPresent()) {
      Optional<Exercise> exercise = course.exercise(study.exercise().get());
      if (exercise.isPresent()) {
        return outcome(
            session.at(Step.EXERCISE),
            before,
            ExerciseView.practice(exercise.get(), study.shown(), ""));
      }
    }
    if (study.lesson().isPresent() && course.lesson(study.lesson().get()).isPresent()) {
      return showChunk(session.at(Step.LESSON), before);
    }
    return next(session, at, before);
  }

  /** The engine's next activity in the learner's module. */
  Conversation.Outcome next(Session session, Instant at, List<Reply> before) {
    Session placed = withModule(session);
    String module = placed.study().module().orElseThrow();
    Session idle = placed.with(placed.study().idle());
    return switch (engine.next(session.learnerKey(), module)) {
      case Activity.NewLesson lesson -> startLesson(idle, lesson.skill(), at, before);
      case Activity.Practice practice -> ask(idle, practice.item(), "", at, before);
      case Activity.Review review -> ask(idle, review.item(), Texts.REVIEW_INTRO, at, before);
      case Activity.ModuleExam exam -> moduleDone(idle, module, before);
      case Activity.Blocked blocked -> moduleDone(idle, module, before);
    };
  }

  /** "Repasar": a due review if there is one, otherwise what comes next. */
  Conversation.Outcome review(Session session, Instant at) {
    Session placed = withModule(session);
    Activity next = engine.next(session.learnerKey(), placed.study().module().orElseThrow());
    if (next instanceof Activity.Review review) {
      return ask(
          placed.with(placed.study().idle()), review.item(), Texts.REVIEW_INTRO, at, List.of());
    }
    return proceed(placed, at, List.of(new Reply.Text(Texts.NOTHING_TO_REVIEW)));
  }

  /** The session with a module to study: the one chosen, or the first with something to do. */
  Session withModule(Session session) {
    if (session.study().module().isPresent()
        && course.module(session.study().module().get()).isPresent()) {
      return session;
    }
    List<String> modules = course.modulesFor(session.profile().goal().orElse(Profile.Goal.UNSURE));
    for (String module : modules) {
      Activity activity = engine.next(session.learnerKey(), module);
      if (!(activity instanceof Activity.ModuleExam) && !(activity instanceof Activity.Blocked)) {
        return session.with(session.study().inModule(module));
      }
    }
    return session.with(session.study().inModule(modules.getFirst()));
  }

  private Conversation.Outcome moduleDone(Session session, String module, List<Reply> before) {
    List<String> order = course.modulesFor(session.profile().goal().orElse(Profile.Goal.UNSURE));
    for (String candidate : order) {
      if (candidate.equals(module)) {
        continue;
      }
      Activity activity = engine.next(session.learnerKey(), candidate);
      if (!(activity instanceof Activity.ModuleExam) && !(activity instanceof Activity.Blocked)) {
        Session moved = session.with(session.study().inModule(candidate)).at(Step.MENU);
        boolean finished = engine.next(session.learnerKey(), module) instanceof Activity.ModuleExam;
        String text =
            finished
                ? Texts.moduleDone(course.moduleTitle(module), course.moduleTitle(candidate))
                : Texts.BLOCKED;
        return outcome(moved, before, continueButtons(text));
      }
    }
    return outcome(session.at(Step.MENU), before, new Reply.Text(Texts.ALL_DONE));
  }

  private Conversation.Outcome startLesson(
      Session session, String skill, Instant at, List<Reply> before) {
    engine.lessonGiven(session.learnerKey(), skill);
    Optional<Lesson> lesson = course.lessonFor(skill);
    if (lesson.isEmpty() || size(lesson.get()) == 0) {
      // A skill without a lesson goes straight to practice.
      return next(session, at, before);
    }
    return showChunk(
        session.with(session.study().reading(lesson.get().id(), 0)).at(Step.LESSON), before);
  }

  /** The current chunk (or worked example) of the lesson being read. */
  Conversation.Outcome showChunk(Session session, List<Reply> before) {
    Lesson lesson = course.lesson(session.study().lesson().orElseThrow()).orElseThrow();
    int position = session.study().chunk();
    int total = size(lesson);
    String body;
    if (position < lesson.chunks().size()) {
      body =
          Texts.lessonChunk(
              lesson.title(), lesson.chunks().get(position), position + 1, total, position == 0);
    } else {
      Example example = lesson.examples().get(position - lesson.chunks().size());
      body = Texts.example(example.problem(), example.solution(), position + 1, total);
    }
    return outcome(
        session.at(Step.LESSON),
        before,
        new Reply.Buttons(body, List.of(Reply.Option.of(LESSON_NEXT, Texts.NEXT))));
  }

  /** <i>Siguiente</i> in a lesson: the next chunk, or practice after the last one. */
  Conversation.Outcome nextChunk(Session session, Instant at) {
    Optional<Lesson> lesson = session.study().lesson().flatMap(course::lesson);
    if (lesson.isEmpty()) {
      return proceed(session, at, List.of());
    }
    int next = session.study().chunk() + 1;
    if (next < size(lesson.get())) {
      return showChunk(session.with(session.study().reading(lesson.get().id(), next)), List.of());
    }
    return next(
        session.with(session.study().idle()), at, List.of(new Reply.Text(Texts.LESSON_DONE)));
  }

  /** "Saltar": leaves the lesson or exercise for later (a skipped exercise counts as missed). */
  Conversation.Outcome skip(Session session, Instant at) {
    Study study = session.study();
    if (session.step() == Step.EXERCISE && study.exercise().isPresent() && !study.recorded()) {
      record(session, false, at);
    }
    return next(session.with(study.idle()), at, List.of(new Reply.Text(Texts.SKIPPED)));
  }

  private Conversation.Outcome ask(
      Session session, String exerciseId, String intro, Instant at, List<Reply> before) {
    Optional<Exercise> exercise = course.exercise(exerciseId);
    if (exercise.isEmpty()) {
      return outcome(session.at(Step.MENU), before, MainMenu.reply(Texts.MENU_BODY));
    }
    List<Integer> order = ExerciseView.order(exercise.get());
    Session asking =
        session.with(session.study().answering(exerciseId, order, at)).at(Step.EXERCISE);
    return outcome(asking, before, ExerciseView.practice(exercise.get(), order, intro));
  }

  /** The exercise again, as it was shown ("Otra vez", "repetir"). */
  Conversation.Outcome again(Session session, String intro) {
    Optional<Exercise> exercise = session.study().exercise().flatMap(course::exercise);
    if (exercise.isEmpty()) {
      return outcome(session.at(Step.MENU), List.of(), continueButtons(Texts.NOT_IN_EXERCISE));
    }
    return outcome(
        session.at(Step.EXERCISE),
        List.of(),
        ExerciseView.practice(exercise.get(), session.study().shown(), intro));
  }

  /** The next step of the hint ladder, with the exercise to answer right after it. */
  Conversation.Outcome hint(Session session) {
    Optional<Exercise> exercise = session.study().exercise().flatMap(course::exercise);
    if (exercise.isEmpty()) {
      return outcome(session, List.of(), continueButtons(Texts.NOT_IN_EXERCISE));
    }
    int given = session.study().hints();
    if (given >= 3) {
      return outcome(
          session.at(Step.EXERCISE),
          List.of(),
          new Reply.Buttons(Texts.NO_MORE_HINTS, ExerciseView.afterMiss(given)));
    }
    String hint = exercise.get().hints().asList().get(given);
    Session hinted = session.with(session.study().withHint()).at(Step.EXERCISE);
    return outcome(
        hinted,
        List.of(),
        ExerciseView.practice(
            exercise.get(), session.study().shown(), Texts.hint(given + 1, hint)));
  }

  /** The worked solution; the exercise counts as missed if it was not answered yet. */
  Conversation.Outcome solution(Session session, Instant at) {
    Optional<Exercise> exercise = session.study().exercise().flatMap(course::exercise);
    if (exercise.isEmpty()) {
      return proceed(session, at, List.of());
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
    return outcome(
        session.with(session.study().idle()).at(Step.MENU),
        before,
        new Reply.Buttons(text, List.of(Reply.Option.of(ExerciseView.NEXT, Texts.NEXT))));
  }

  /** A typed answer or a tapped option to the exercise waiting. */
  Conversation.Outcome answer(Session session, String typed, Instant at) {
    Optional<Exercise> found = session.study().exercise().flatMap(course::exercise);
    if (found.isEmpty()) {
      return proceed(session, at, List.of());
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
      return outcome(
          session,
          List.of(),
          new Reply.Buttons(Texts.STUCK, ExerciseView.afterMiss(session.study().hints())));
    }
    if (Questions.looksLikeQuestion(typed)) {
      return outcome(
          session,
          List.of(questions.answer(session, typed)),
          ExerciseView.practice(exercise, session.study().shown(), Texts.BACK_TO_EXERCISE));
    }
    return outcome(
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
    return next(after.with(after.study().idle()), at, said);
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
    return outcome(
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
        took.isNegative() ? Duration.ZERO : took);
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

  /** Where the learner stopped, in words ("la lección *Contar en grupos*"), if anywhere. */
  Optional<String> whereStopped(Session session) {
    Study study = session.study();
    Optional<String> exercise =
        study
            .exercise()
            .flatMap(course::exercise)
            .map(e -> "un ejercicio de *" + course.skillName(e.skills().getFirst()) + "*");
    if (exercise.isPresent()) {
      return exercise;
    }
    Optional<String> lesson =
        study.lesson().flatMap(course::lesson).map(l -> "la lección *" + l.title() + "*");
    if (lesson.isPresent()) {
      return lesson;
    }
    return study.module().map(m -> "el módulo *" + course.moduleTitle(m) + "*");
  }

  /** "Seguir" / "Menú" after a pause or a finished module. */
  static Reply continueButtons(String body) {
    return new Reply.Buttons(
        body, List.of(Reply.Option.of(RESUME, Texts.CONTINUE), Reply.Option.of(MENU, Texts.MENU)));
  }

  private static int size(Lesson lesson) {
    return lesson.chunks().size() + lesson.examples().size();
  }

  private static Conversation.Outcome outcome(Session session, List<Reply> before, Reply last) {
    List<Reply> replies = new ArrayList<>(before);
    replies.add(last);
    return new Conversation.Outcome(session, replies);
  }
}
