package mx.aprende.bot.console.flags;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The flag rules as a table: a learner's text, recent answers and streak → the reasons raised. */
class FlagRulesTest {

  /** Each row: what the learner wrote (or nothing), answers newest first, streak → reasons. */
  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "hola | - | 0 | -",
        "quiero hablar con una persona | - | 0 | person",
        "Quiero hablar con un asesor por favor | - | 0 | person",
        "no entiendo nada | - | 0 | frustration",
        "NO ENTIENDO NADA!!! | - | 0 | frustration",
        "no entindo nda | - | 0 | frustration",
        "ya me cansé | - | 0 | frustration",
        "ya me canse de esto | - | 0 | frustration",
        "me quiero morir | - | 0 | risk",
        "mi esposo me golpea | - | 0 | risk",
        "me golpean y no entiendo nada | - | 0 | risk frustration",
        "los mataron en la película | - | 0 | -",
        "entiendo todo | - | 0 | -",
        "5 | false false false | 0 | misses",
        "5 | false false true | 0 | -",
        "5 | false false | 0 | -",
        "- | true false false false | 0 | -",
        "xyz | - | 2 | -",
        "xyz | - | 3 | not_understood",
        "no pude ir al examen | - | 0 | exam",
        "Perdí mi código 😢 | - | 0 | exam",
        "perdi mi codgo | - | 0 | exam",
        "no me dejaron entrar al centro | - | 0 | exam",
        "tengo un problema con mi examen y ya me cansé | - | 0 | exam frustration",
        "el examen de fracciones estuvo fácil | - | 0 | -",
        "mi código es K7P Q3M | - | 0 | -",
      })
  void rules(String text, String answers, int streak, String expected) {
    List<Boolean> results =
        answers == null
            ? List.of()
            : Arrays.stream(answers.split(" ")).map(Boolean::parseBoolean).toList();
    TurnFacts facts =
        new TurnFacts(
            "learner", Instant.EPOCH, Optional.ofNullable(text), List.of(), results, streak);
    String reasons =
        FlagRules.evaluate(facts).stream()
            .map(r -> r.reason().code())
            .collect(Collectors.joining(" "));
    assertThat(reasons, is(expected == null ? "" : expected));
  }

  /** Risk words always raise an urgent flag. */
  @ParameterizedTest
  @CsvSource({
    "quiero quitarme la vida",
    "me quiero morir ya",
    "mi tío abusan de mi",
    "me quiero suicidar"
  })
  void riskIsUrgent(String text) {
    var raised =
        FlagRules.evaluate(
            new TurnFacts("l", Instant.EPOCH, Optional.of(text), List.of(), List.of(), 0));
    assertThat(
        raised.stream().anyMatch(r -> r.reason() == Reason.RISK && r.severity() == Severity.URGENT),
        is(true));
  }

  /** The bot's own "I did not find that" answers count as not understood; lessons do not. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "No encontré eso en las lecciones. 🤔 Pregúntame con otras palabras | true",
        "No puedo abrir ese tipo de mensaje. Escríbeme con texto | true",
        "Una fracción es una parte de un todo. | false"
      })
  void botNotUnderstanding(String botText, boolean expected) {
    assertThat(FlagRules.botDidNotUnderstand(List.of(botText)), is(expected));
  }
}
