package mx.aprende.bot.conversation;

import static mx.aprende.bot.conversation.ConversationScript.buttons;
import static mx.aprende.bot.conversation.ConversationScript.says;
import static mx.aprende.bot.conversation.ConversationScript.text;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.tutor.Tutor;
import mx.aprende.content.curriculum.Answer;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.Lesson;
import org.junit.jupiter.api.Test;

/** Lessons, exercises, feedback, hints, solutions, milestones and the streak. */
class LearningLoopTest {

  /** Reads the lesson chunk by chunk until an exercise comes. */
  private static ConversationScript toExercise(ConversationScript script) {
    for (int i = 0; i < 30 && script.session().step() != Step.EXERCISE; i++) {
      script.taps("Siguiente");
    }
    assertThat(script.session().step(), is(Step.EXERCISE));
    return script;
  }

  /** A lesson comes in chunks with "Siguiente", then its worked examples, then practice. */
  @Test
  void lessonInChunksThenPractice() {
    ConversationScript script = ConversationScript.start().onboarded();
    Lesson lesson =
        ConversationScript.curriculum()
            .lesson(script.session().study().lesson().orElseThrow())
            .orElseThrow();
    int total = lesson.chunks().size() + lesson.examples().size();
    script.expect(
        buttons(
            allOf(
                startsWith("📘 *" + lesson.title() + "*"),
                containsString(lesson.chunks().getFirst().strip().substring(0, 20)),
                containsString("(1/" + total + ")")),
            "Siguiente"));
    for (int position = 2; position <= lesson.chunks().size(); position++) {
      script
          .taps("Siguiente")
          .expect(buttons(containsString("(" + position + "/" + total + ")"), "Siguiente"));
    }
    if (!lesson.examples().isEmpty()) {
      script
          .taps("Siguiente")
          .expect(
              buttons(
                  allOf(
                      containsString("✏️ *Ejemplo*"),
                      containsString(lesson.examples().getFirst().problem())),
                  "Siguiente"));
      for (int i = 1; i < lesson.examples().size(); i++) {
        script.taps("Siguiente");
      }
    }
    script.taps("Siguiente").expectSome(text(containsString("¡Terminaste la lección!")));
    assertThat(script.session().step(), is(Step.EXERCISE));
  }

  /** A right answer: brief praise and why (the worked solution), then what comes next. */
  @Test
  void rightAnswer() {
    ConversationScript script = toExercise(ConversationScript.start().onboarded());
    Exercise exercise = script.exercise();
    script
        .answersRight()
        .expectSome(text(allOf(containsString("✅"), containsString(exercise.solution()))));
    assertThat(script.replies().size(), is(2));
  }

  /**
   * Hints come from the tutor port (a language model's guarded hint when one is configured), told
   * which exercise and how many hints were already given.
   */
  @Test
  void hintsComeFromTheTutorPort() {
    List<Tutor.HintRequest> asked = new ArrayList<>();
    Tutor tutor =
        new Tutor() {
          @Override
          public Answer answer(Question question) {
            return new Answer("respuesta", Optional.empty());
          }

          @Override
          public Answer hint(HintRequest request) {
            asked.add(request);
            return new Answer(
                "Piensa paso a paso (" + request.hintsGiven() + ")", Optional.empty());
          }
        };
    ConversationScript script = toExercise(ConversationScript.start(tutor).onboarded());
    Exercise exercise = script.exercise();
    script.answersWrong().taps("💡 Pista").expect(says(containsString("Piensa paso a paso (0)")));
    script.learner("pista").expect(says(containsString("Piensa paso a paso (1)")));

    assertThat(asked.size(), is(2));
    assertThat(asked.getFirst().exercise().id(), is(exercise.id()));
    assertThat(asked.getFirst().learnerKey(), is(ConversationScript.LEARNER));
  }

  /**
   * A wrong answer: the misconception's feedback when there is one, then Pista / Otra vez / Ver
   * solución; each hint of the ladder in order; then the solution.
   */
  @Test
  void wrongAnswerHintsAndSolution() {
    ConversationScript script = toExercise(ConversationScript.start().onboarded());
    Exercise exercise = script.exercise();
    String feedback = misconceptionFeedback(exercise, script.session().study().shown());
    script
        .answersWrong()
        .expect(
            buttons(
                allOf(containsString("Todavía no"), containsString(feedback)),
                "💡 Pista",
                "Otra vez",
                "Ver solución"));
    List<String> hints = exercise.hints().asList();
    for (int i = 0; i < 3; i++) {
      // The first hint by the button; the next ones typed (a choice's buttons are its options).
      (i == 0 ? script.taps("💡 Pista") : script.learner("Pista"))
          .expect(
              says(
                  allOf(
                      containsString("*Pista " + (i + 1) + " de 3:*"),
                      containsString(hints.get(i)),
                      containsString(exercise.prompt()))));
    }
    script
        .learner("pista")
        .expect(buttons(containsString("tres pistas"), "Otra vez", "Ver solución"));
    script
        .taps("Otra vez")
        .expect(says(allOf(containsString("otra vez"), containsString(exercise.prompt()))));
    script
        .learner("pista")
        .expect(buttons(containsString("tres pistas"), "Otra vez", "Ver solución"))
        .taps("Ver solución")
        .expect(
            buttons(
                allOf(containsString("📝 *Solución:*"), containsString(exercise.solution())),
                "Siguiente"));
    assertThat(script.session().study().exercise(), is(Optional.empty()));
    script.taps("Siguiente");
    assertThat(
        script.session().study().exercise().isPresent()
            || script.session().study().lesson().isPresent(),
        is(true));
  }

  /** Three misses bring the worked solution without asking. */
  @Test
  void solutionAfterRepeatedMisses() {
    ConversationScript script = toExercise(ConversationScript.start().onboarded());
    Exercise exercise = script.exercise();
    script.answersWrong().taps("Otra vez").answersWrong().taps("Otra vez").answersWrong();
    script.expectLast(buttons(containsString(exercise.solution()), "Siguiente"));
  }

  /** A typed answer the checker cannot read: asked again with an example of the expected form. */
  @Test
  void typedAnswerNotUnderstood() {
    ConversationScript script = toExercise(ConversationScript.start().onboarded());
    script.learner("mmm ok pues").expect(text(containsString("No entendí tu respuesta")));
    assertThat(script.session().step(), is(Step.EXERCISE));
    assertThat(script.session().study().recorded(), is(false));
  }

  /**
   * A question in the middle of an exercise: the tutor answers with its lesson, then the exercise
   * again.
   */
  @Test
  void questionMidExercise() {
    ConversationScript script = toExercise(ConversationScript.start().onboarded());
    Exercise exercise = script.exercise();
    script
        .learner("¿qué es una sílaba?")
        .expect(
            text(
                allOf(
                    containsString("Respuesta a: ¿qué es una sílaba?"),
                    containsString("Lo vimos en"))),
            says(
                allOf(containsString("Volvamos al ejercicio"), containsString(exercise.prompt()))));
    assertThat(script.session().study().exercise(), is(Optional.of(exercise.id())));
    script.answersRight().expectSome(text(containsString("✅")));
  }

  /** A question while reading a lesson: answered, then back to the lesson. */
  @Test
  void questionMidLesson() {
    ConversationScript.start()
        .onboarded()
        .learner("como se escribe mi nombre")
        .expect(
            text(containsString("Respuesta a: como se escribe mi nombre")),
            buttons(containsString("¿Seguimos con la lección?"), "Siguiente"));
  }

  /** Answering right again and again masters the first skill: celebrated once, streak kept. */
  @Test
  void firstSkillMasteredAndStreak() {
    ConversationScript script = ConversationScript.start().onboarded();
    boolean mastered = false;
    for (int turn = 0; turn < 80 && !mastered; turn++) {
      if (script.session().step() == Step.EXERCISE) {
        script.answersRight();
      } else {
        script.taps(script.titles().contains("Siguiente") ? "Siguiente" : "Seguir");
      }
      mastered =
          script.replies().stream()
              .anyMatch(r -> ConversationScript.body(r).contains("🏅 ¡Dominaste"));
    }
    assertThat("a skill was mastered", mastered, is(true));

    script.after(Duration.ofDays(1));
    toExercise(script.learner("menú").taps("Seguir mi lección"));
    script.answersRight().expectSome(text(containsString("🔥 Llevas 2 días seguidos")));
    assertThat(script.session().streak().days(), is(2));
  }

  /** "Mi progreso": a text bar, what is mastered, what is next and how far the exam is. */
  @Test
  void progressOnDemand() {
    ConversationScript script = toExercise(ConversationScript.start().onboarded());
    script
        .learner("progreso")
        .expect(
            buttons(
                allOf(
                    containsString("📊 *Tu progreso en"),
                    containsString("░"),
                    containsString("Dominas 0 de"),
                    containsString("Lo que sigue"),
                    containsString("para el examen del módulo")),
                "Seguir",
                "Menú"));
    script.taps("Seguir").expect(says(containsString(script.exercise().prompt())));
  }

  /** The progress bar is ten blocks and a percent. */
  @Test
  void progressBar() {
    assertThat(ProgressReport.bar(60), is("▓▓▓▓▓▓░░░░ 60 %"));
    assertThat(ProgressReport.bar(0), is("░░░░░░░░░░ 0 %"));
    assertThat(ProgressReport.bar(100), is("▓▓▓▓▓▓▓▓▓▓ 100 %"));
  }

  /** Every answer is recorded in the engine: mastery moves with right answers. */
  @Test
  void attemptsReachTheEngine() {
    ConversationScript script = toExercise(ConversationScript.start().onboarded());
    script.answersWrong();
    assertThat(script.session().study().recorded(), is(true));
    assertThat(script.session().streak().days(), greaterThan(0));
  }

  private static String misconceptionFeedback(Exercise exercise, List<Integer> shown) {
    String wrong = Answers.wrong(exercise, shown);
    return switch (exercise.answer()) {
      case Answer.Choice c -> {
        int position = Integer.parseInt(wrong.substring("option-".length())) - 1;
        int index = shown.isEmpty() ? position : shown.get(position);
        yield c.options().get(index).feedback().orElse("");
      }
      case Answer.NumberAnswer n -> first(n.misconceptions());
      case Answer.FractionAnswer f -> first(f.misconceptions());
      case Answer.TextAnswer t -> first(t.misconceptions());
      case Answer.TrueFalse tf -> tf.feedbackWrong().orElse("");
      case Answer.Ordering o -> "";
    };
  }

  private static String first(List<mx.aprende.content.curriculum.Misconception> list) {
    return list.isEmpty() ? "" : list.getFirst().feedback();
  }
}
