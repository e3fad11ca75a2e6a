package mx.aprende.bot.conversation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.testing.WebhookLearner;
import mx.aprende.content.curriculum.Exercise;
import org.junit.jupiter.api.Test;

/**
 * End to end, through signed webhooks, the real wiring and the fake Graph API: a new learner says
 * "hola", accepts the notice, onboards, reads the first lesson and practises until the first skill
 * is mastered.
 */
class FirstSessionEndToEndTest {

  private static final String WA_ID = "5215599990001";

  private final List<Integer> messagesPerTurn = new ArrayList<>();
  private RunningBot bot;
  private WebhookLearner lupe;

  /** "hola" → consent → onboarding → first lesson → practice → "🏅 ¡Dominaste…!". */
  @Test
  void holaToAMasteredFirstSkill() {
    bot = TestBots.start();
    try {
      lupe = new WebhookLearner(bot, WA_ID, "Lupe Díaz");
      turn(lupe.say("hola").size());
      assertThat(lastText(), containsString("¿Aceptas?"));
      tap("Acepto");
      assertThat(lastText(), containsString("¿Te llamo *Lupe*?"));
      tap("Sí");
      tap("Sí, 15 o más");
      turn(lupe.say("vivo en Guadalajara").size());
      assertThat(lastText(), containsString("Jalisco"));
      tap("Sí");
      tap("Primaria");
      tap("Saltar");
      tap("Entendido");
      turn(lupe.say("menu").size());
      tap("Empezar");
      assertThat(lastText(), containsString("📘"));

      boolean mastered = false;
      for (int turn = 0; turn < 80 && !mastered; turn++) {
        Session session = session();
        if (session.step() == Step.EXERCISE) {
          answerRight(session);
        } else if (lupe.titles().contains("Siguiente")) {
          tap("Siguiente");
        } else {
          tap("Seguir");
        }
        mastered = lupe.lastTexts().stream().anyMatch(t -> t.contains("🏅 ¡Dominaste"));
      }
      assertThat("first skill mastered", mastered, is(true));
      List<Integer> sorted = messagesPerTurn.stream().sorted().toList();
      int median = sorted.get(sorted.size() / 2);
      assertThat("a normal turn sends one or two messages", median, is(lessThanOrEqualTo(2)));
      assertThat(session().consented(), is(true));
      assertThat(session().name(), is(Optional.of("Lupe")));
    } finally {
      bot.stop();
    }
  }

  private void answerRight(Session session) {
    Exercise exercise =
        TestBots.curriculum().exercise(session.study().exercise().orElseThrow()).orElseThrow();
    String answer = Answers.right(exercise, session.study().shown());
    turn(
        answer.startsWith("option-")
            ? lupe.choose(answer, answer).size()
            : lupe.say(answer).size());
  }

  private void tap(String title) {
    turn(lupe.tap(title).size());
  }

  private void turn(int messages) {
    messagesPerTurn.add(messages);
  }

  private String lastText() {
    return lupe.lastTexts().getLast();
  }

  private Session session() {
    return new MongoSessionStore(bot.storage().database(), TestBots.cipher())
        .find(TestBots.learnerKey(WA_ID))
        .orElseThrow();
  }
}
