package mx.aprende.bot.conversation;

import static mx.aprende.bot.conversation.ConversationScript.says;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Command words work anywhere, whatever the accents, case, punctuation and small typos. */
class CommandWordsTest {

  /** Table: what the learner types → the command it is (NONE: not a command). */
  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "menú | MENU",
        "MENU!! | MENU",
        "mneu | MENU",
        "Menu. | MENU",
        "opciones | MENU",
        "ayuda | HELP",
        "Ayúdaa | HELP",
        "asesor | HELP",
        "asesro | HELP",
        "quiero hablar con asesor | NONE",
        "pista | HINT",
        "Pizta | HINT",
        "dame una pista | HINT",
        "repetir | REPEAT",
        "repetír | REPEAT",
        "repetirr | REPEAT",
        "otra vez | REPEAT",
        "saltar | SKIP",
        "Saltr | SKIP",
        "omitir | SKIP",
        "progreso | PROGRESS",
        "progerso | PROGRESS",
        "mi avance | PROGRESS",
        "¿cómo voy? | PROGRESS",
        "baja | LEAVE",
        "STOP | LEAVE",
        "darme de vaja | LEAVE",
        "borrar mis datos | ERASE",
        "Borrar mis dtos | ERASE",
        "eliminar mis datos | ERASE",
        "modulos | MODULES",
        "45 | NONE",
        "cuarenta y siete | NONE",
        "¿qué es una fracción? | NONE",
        "hola | NONE",
        "si | NONE"
      })
  void commandWords(String typed, String command) {
    Optional<Command> expected =
        command.equals("NONE") ? Optional.empty() : Optional.of(Command.valueOf(command));
    assertThat(Command.of(typed), is(expected));
  }

  /** Table: each command typed (with a typo) mid-exercise → the bot's answer. */
  @ParameterizedTest(name = "\"{0}\" in an exercise → \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Menúu | Ver opciones",
        "ayudaa | Una persona te escribirá",
        "pizta | Pista 1 de 3",
        "repetir | ",
        "saltarr | lo dejamos para después",
        "progreso | Tu progreso en",
        "baja | ¿Quieres darte de baja?",
        "borrar mis datos | borrar tus datos"
      })
  void commandsInAnExercise(String typed, String phrase) {
    ConversationScript script = ConversationScript.start().onboarded();
    for (int i = 0; i < 30 && script.session().step() != Step.EXERCISE; i++) {
      script.taps("Siguiente");
    }
    String prompt = script.exercise().prompt();
    script.learner(typed).expectSome(says(containsString(phrase == null ? prompt : phrase)));
  }

  /** "ayuda" records in the session that a person was asked for. */
  @org.junit.jupiter.api.Test
  void helpIsRecorded() {
    ConversationScript script = ConversationScript.start().onboarded().learner("ayuda");
    Optional<Instant> asked = script.session().profile().helpRequestedAt();
    assertThat(asked, is(Optional.of(script.clock().instant())));
  }

  /**
   * A right or known-wrong typed answer of the shipped curriculum that reads as a command is still
   * taken as the answer in its exercise.
   */
  @org.junit.jupiter.api.Test
  void noCurriculumAnswerIsACommand() {
    java.util.List<String> clashes = new java.util.ArrayList<>();
    for (var exercise : ConversationScript.curriculum().exercises()) {
      java.util.List<String> typed = new java.util.ArrayList<>();
      switch (exercise.answer()) {
        case mx.aprende.content.curriculum.Answer.TextAnswer t -> {
          typed.addAll(t.accepted());
          t.misconceptions().forEach(m -> typed.add(m.answer()));
        }
        case mx.aprende.content.curriculum.Answer.Choice c ->
            c.options().forEach(o -> typed.add(o.text()));
        default -> {}
      }
      typed.stream()
          .filter(a -> Command.of(a).isPresent() && !Practice.isOwnAnswer(exercise, a))
          .forEach(a -> clashes.add(exercise.id() + ": " + a));
    }
    assertThat(clashes, is(java.util.List.of()));
  }
}
