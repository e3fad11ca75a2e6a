package mx.aprende.bot.conversation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.simulator.CapturedMessages;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import mx.aprende.content.curriculum.Exercise;
import org.junit.jupiter.api.Test;

/**
 * End to end, through signed webhooks, the real wiring and the fake Graph API: a new learner says
 * "hola", accepts the notice, onboards, reads the first lesson and practises until the first skill
 * is mastered.
 */
class FirstSessionEndToEndTest {

  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String WA_ID = "5215599990001";

  private final List<Integer> messagesPerTurn = new ArrayList<>();
  private RunningBot bot;
  private long seen;
  private int sent;
  private List<JsonNode> last = List.of();

  /** "hola" → consent → onboarding → first lesson → practice → "🏅 ¡Dominaste…!". */
  @Test
  void holaToAMasteredFirstSkill() {
    bot = TestBots.start();
    try {
      say("hola");
      assertThat(body(last.getLast()), containsString("¿Aceptas?"));
      tap("Acepto");
      assertThat(body(last.getLast()), containsString("¿Te llamo *Lupe*?"));
      tap("Sí");
      tap("Sí, 15 o más");
      say("vivo en Guadalajara");
      assertThat(body(last.getLast()), containsString("Jalisco"));
      tap("Sí");
      tap("Primaria");
      tap("Saltar");
      tap("Entendido");
      say("menu");
      tap("Empezar");
      assertThat(body(last.getLast()), containsString("📘"));

      boolean mastered = false;
      for (int turn = 0; turn < 80 && !mastered; turn++) {
        Session session = session();
        if (session.step() == Step.EXERCISE) {
          answerRight(session);
        } else if (titles().contains("Siguiente")) {
          tap("Siguiente");
        } else {
          tap("Seguir");
        }
        mastered = last.stream().anyMatch(m -> body(m).contains("🏅 ¡Dominaste"));
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
    if (answer.startsWith("option-")) {
      post(
          PAYLOADS.buttonReply(
              WA_ID, "Lupe Díaz", nextId(), Instant.now(), answer, answer, Optional.empty()));
    } else {
      say(answer);
    }
  }

  private void say(String text) {
    post(PAYLOADS.text(WA_ID, "Lupe Díaz", nextId(), Instant.now(), text));
  }

  private void tap(String title) {
    for (JsonNode message : last) {
      for (JsonNode option : options(message)) {
        if (option.path("title").asText().equals(title)) {
          String id = option.path("id").asText();
          byte[] body =
              message.path("interactive").path("type").asText().equals("list")
                  ? PAYLOADS.listReply(WA_ID, "Lupe Díaz", nextId(), Instant.now(), id, title)
                  : PAYLOADS.buttonReply(
                      WA_ID, "Lupe Díaz", nextId(), Instant.now(), id, title, Optional.empty());
          post(body);
          return;
        }
      }
    }
    throw new AssertionError("No option '" + title + "' in " + last);
  }

  private String nextId() {
    return "wamid.e2e." + (++sent);
  }

  /** Posts a signed webhook and waits until the message is processed and its replies sent. */
  private void post(byte[] payload) {
    String id = "wamid.e2e." + sent;
    URI webhook = URI.create("http://127.0.0.1:" + bot.port() + "/webhook");
    assertThat(Http.postSigned(webhook, payload).statusCode(), is(200));
    Eventually.await(
        WAIT,
        () -> bot.storage().database().getCollection("inbound").find(Filters.eq("_id", id)).first(),
        d -> d != null && "done".equals(d.getString("state")));
    CapturedMessages captured = bot.simulator().orElseThrow().captured();
    List<CapturedMessages.Captured> replies =
        Eventually.await(
            WAIT,
            () ->
                captured.after(WA_ID, seen).stream().filter(c -> !c.body().has("status")).toList(),
            list -> !list.isEmpty());
    seen = captured.after(WA_ID, seen).getLast().seq();
    last = replies.stream().map(CapturedMessages.Captured::body).toList();
    messagesPerTurn.add(last.size());
  }

  private Session session() {
    return new MongoSessionStore(bot.storage().database(), TestBots.cipher())
        .find(TestBots.learnerKey(WA_ID))
        .orElseThrow();
  }

  private List<String> titles() {
    List<String> titles = new ArrayList<>();
    last.forEach(m -> options(m).forEach(o -> titles.add(o.path("title").asText())));
    return titles;
  }

  private static List<JsonNode> options(JsonNode message) {
    JsonNode interactive = message.path("interactive");
    List<JsonNode> options = new ArrayList<>();
    interactive.path("action").path("buttons").forEach(b -> options.add(b.path("reply")));
    interactive.path("action").path("sections").forEach(s -> s.path("rows").forEach(options::add));
    return options;
  }

  private static String body(JsonNode message) {
    return message.has("text")
        ? message.path("text").path("body").asText()
        : message.path("interactive").path("body").path("text").asText();
  }
}
