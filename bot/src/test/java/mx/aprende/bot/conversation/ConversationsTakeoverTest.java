package mx.aprende.bot.conversation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.testing.MemorySessions;
import mx.aprende.bot.testing.Ports;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.tutor.Tutor;
import org.junit.jupiter.api.Test;

/** While a person holds a learner the bot answers nothing but "baja"; observers see every turn. */
class ConversationsTakeoverTest {

  private final MemorySessions store = new MemorySessions();
  private final Map<String, Session> saved = store.sessions();
  private final List<Boolean> observed = new ArrayList<>();
  private final Set<String> held = new java.util.HashSet<>();
  private final Conversations conversations =
      new Conversations(
          store,
          new Conversation(
              new Conversation.Parts(
                  new Course(TestBots.curriculum()),
                  Catalog.from(TestBots.curriculum()),
                  question -> new Tutor.Answer("Respuesta", Optional.empty()),
                  Ports.unused(LearnerModel.class),
                  Ports.unused(PlacementQuiz.class),
                  "https://example.org/privacidad")),
          Conversation.Dialog.NONE,
          held::contains,
          (turn, outcome, silenced) -> observed.add(silenced));

  private Conversation.Outcome say(String text, int n) {
    return conversations.handle(
        Turn.text(
            "521", "m" + n, Instant.parse("2026-03-01T10:00:00Z").plusSeconds(n), "Rosa", text));
  }

  /** Held: silent, session still counts turns; "baja" and its confirmation still work. */
  @Test
  void silentWhileHeldExceptForOptingOut() {
    saved.put("521", consented("521", Instant.parse("2026-03-01T09:00:00Z")));
    assertThat(say("hola", 1).replies().isEmpty(), is(false));
    held.add("521");
    assertThat(say("menu", 2).replies().isEmpty(), is(true));
    assertThat(saved.get("521").turns(), is(7L));
    Conversation.Outcome baja = say("baja", 3);
    assertThat(baja.replies().size(), is(1));
    Conversation.Outcome yes =
        conversations.handle(
            new Turn(
                "521",
                "m4",
                Instant.parse("2026-03-01T10:00:04Z"),
                Optional.empty(),
                new Inbound.Choice(
                    ((Reply.Buttons) baja.replies().getFirst()).options().getFirst().id(), "Sí")));
    assertThat(yes.session().optedOut(), is(true));
    held.remove("521");
    assertThat(observed, is(List.of(false, true, false, false)));
  }

  /** A learner past onboarding, on the main menu, who has written 5 messages. */
  private static Session consented(String key, Instant at) {
    return new Session(
        key,
        at,
        at,
        5,
        false,
        Step.MENU,
        Optional.empty(),
        Profile.EMPTY.withConsent(Profile.Consent.GIVEN, at).withName("Rosa"),
        Study.NONE,
        Streak.NONE);
  }
}
