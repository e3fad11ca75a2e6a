package mx.aprende.bot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.aprende.content.curriculum.Example;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.engine.policy.Activity;

/**
 * The learning loop: the module to study, lessons in short chunks with <i>Siguiente</i> (then their
 * worked examples), and the activity the engine chooses next (a lesson, practice, a review, the
 * module exam). Answering exercises is {@link Practice}.
 */
final class Studying {

  static final String LESSON_NEXT = "lesson:next";
  static final String RESUME = "resume:go";
  static final String MENU = "resume:menu";

  private final Course course;
  private final LearnerModel engine;

  Studying(Course course, LearnerModel engine) {
    this.course = course;
    this.engine = engine;
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

  Conversation.Outcome ask(
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

  static Conversation.Outcome outcome(Session session, List<Reply> before, Reply last) {
    List<Reply> replies = new ArrayList<>(before);
    replies.add(last);
    return new Conversation.Outcome(session, replies);
  }
}
