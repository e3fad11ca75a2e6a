package mx.aprende.ops.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import org.junit.jupiter.api.Test;

class JourneysTest {

  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("1", "100000000000001", "525500000000");
  private static final Instant AT = Instant.parse("2026-11-28T15:00:00Z");

  /**
   * The shipped journeys parse; every learner starts with the shared onboarding, by typing (a first
   * message can't tap), and every journey's own loop starts by typing too.
   */
  @Test
  void builtInJourneysStartBySaying() {
    Journeys journeys = Journeys.builtIn();

    assertThat(journeys.all().isEmpty(), is(false));
    journeys
        .all()
        .forEach(
            j -> {
              assertThat(j.name(), j.first().isEmpty(), is(false));
              assertThat(j.name(), j.step(0) instanceof Step.Say, is(true));
              assertThat(j.name(), j.steps().getFirst() instanceof Step.Say, is(true));
            });
  }

  /** The first steps are sent once; the loop then repeats only the journey's own steps. */
  @Test
  void firstStepsOnlyOnce() {
    Learners learners =
        new Learners(
            1,
            new Journeys(
                List.of(
                    new Journey(
                        "test",
                        1,
                        List.of(new Step.Say(List.of("acepto"))),
                        List.of(new Step.Say(List.of("hola")), new Step.Say(List.of("menu")))))),
            PAYLOADS,
            new SplittableRandom(1));

    assertThat(text(learners.next(0, "m1", AT, List.of())), containsString("\"body\":\"acepto\""));
    assertThat(text(learners.next(0, "m2", AT, List.of())), containsString("\"body\":\"hola\""));
    assertThat(text(learners.next(0, "m3", AT, List.of())), containsString("\"body\":\"menu\""));
    assertThat(text(learners.next(0, "m4", AT, List.of())), containsString("\"body\":\"hola\""));
  }

  /** A tap takes the preferred option when the bot offered it, as a list reply for a row. */
  @Test
  void tapPrefersAnOfferedId() {
    Learners learners = learners(List.of(new Step.Say(List.of("hola")), tap("menu:question")));
    learners.next(0, "m1", AT, List.of());

    String body =
        text(
            learners.next(
                0,
                "m2",
                AT,
                List.of(
                    new Option("menu:lesson", "Seguir", true),
                    new Option("menu:question", "Preguntar", true))));

    assertThat(body, containsString("\"list_reply\":{\"id\":\"menu:question\""));
  }

  /** With nothing offered, a tap types its fallback text instead. */
  @Test
  void tapWithoutOptionsTypesTheFallback() {
    Learners learners = learners(List.of(tap("menu:question")));

    String body = text(learners.next(0, "m1", AT, List.of()));

    assertThat(body, containsString("\"type\":\"text\""));
    assertThat(body, not(containsString("interactive")));
  }

  /** A preferred id the bot did not offer falls back to one of the offered options (a button). */
  @Test
  void tapFallsBackToAnyOfferedOption() {
    Learners learners = learners(List.of(tap("menu:gone")));

    String body =
        text(learners.next(0, "m1", AT, List.of(new Option("level:1", "Nivel 1", false))));

    assertThat(body, containsString("\"button_reply\":{\"id\":\"level:1\""));
  }

  /** After the last step the learner starts the journey again. */
  @Test
  void journeysLoop() {
    Learners learners =
        learners(List.of(new Step.Say(List.of("hola")), new Step.Say(List.of("menú"))));
    learners.next(0, "m1", AT, List.of());
    learners.next(0, "m2", AT, List.of());

    assertThat(text(learners.next(0, "m3", AT, List.of())), containsString("\"body\":\"hola\""));
  }

  private static Step.Tap tap(String id) {
    return new Step.Tap(List.of(id), "menú");
  }

  private static Learners learners(List<Step> steps) {
    return new Learners(
        1, new Journeys(List.of(new Journey("test", 1, steps))), PAYLOADS, new SplittableRandom(1));
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
