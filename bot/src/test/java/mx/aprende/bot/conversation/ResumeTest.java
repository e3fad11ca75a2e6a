package mx.aprende.bot.conversation;

import static mx.aprende.bot.conversation.ConversationScript.buttons;
import static mx.aprende.bot.conversation.ConversationScript.says;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.learning.LearningPath;
import mx.aprende.bot.testing.FakeClock;
import mx.aprende.bot.testing.MemoryEngine;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

/** Coming back after hours or weeks, and after a restart: greeted by name, where one stopped. */
class ResumeTest {

  /**
   * Back after 3 days in the middle of an exercise: "Hola de nuevo, Ana", Seguir shows it again.
   */
  @Test
  void backAfterThreeDays() {
    ConversationScript script = ConversationScript.start().onboarded();
    for (int i = 0; i < 30 && script.session().step() != Step.EXERCISE; i++) {
      script.taps("Siguiente");
    }
    String prompt = script.exercise().prompt();
    script
        .after(Duration.ofDays(3))
        .learner("hola")
        .expect(
            buttons(
                allOf(containsString("¡Hola de nuevo, Ana!"), containsString("un ejercicio de")),
                "Seguir",
                "Menú"))
        .taps("Seguir")
        .expect(says(containsString(prompt)));
  }

  /** Back after a few hours in a lesson: where they stopped is the lesson, by its title. */
  @Test
  void backInALesson() {
    ConversationScript script = ConversationScript.start().onboarded().taps("Siguiente");
    String title =
        ConversationScript.curriculum()
            .lesson(script.session().study().lesson().orElseThrow())
            .orElseThrow()
            .title();
    int chunk = script.session().study().chunk();
    script
        .after(Duration.ofHours(7))
        .learner("buenas tardes")
        .expect(buttons(containsString("la lección *" + title + "*"), "Seguir", "Menú"))
        .taps("Seguir");
    assertThat(script.session().study().chunk(), is(chunk));
  }

  /**
   * The bot restarts (a new conversation over the same MongoDB): the learner's exercise, hints and
   * name are all still there.
   */
  @Test
  void nothingLostByARestart() {
    var database = MongoTestSupport.freshDatabase();
    FakeClock clock = new FakeClock(ConversationScript.START);
    LearningPath engine = MemoryEngine.learningPath(ConversationScript.curriculum(), clock);
    ConversationScript before =
        ConversationScript.over(new MongoSessionStore(database, TestBots.cipher()), clock, engine)
            .onboarded();
    for (int i = 0; i < 30 && before.session().step() != Step.EXERCISE; i++) {
      before.taps("Siguiente");
    }
    before.learner("pista");
    Session saved = before.session();

    ConversationScript after =
        ConversationScript.over(new MongoSessionStore(database, TestBots.cipher()), clock, engine);
    assertThat(after.session(), is(saved));
    after
        .after(Duration.ofDays(3))
        .learner("hola")
        .expect(buttons(containsString("¡Hola de nuevo, Ana!"), "Seguir", "Menú"))
        .taps("Seguir");
    assertThat(after.session().study().hints(), is(1));
    assertThat(after.session().step(), is(Step.EXERCISE));
  }
}
