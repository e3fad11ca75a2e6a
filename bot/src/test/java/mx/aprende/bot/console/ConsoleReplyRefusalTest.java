package mx.aprende.bot.console;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.TestBots;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP against the real bot: a tutor's reply refused by the channel is explained in Spanish
 * with its next step (the one-click template when the 24-hour window is closed), not a generic
 * error, and the tutor's text stays in the box.
 */
class ConsoleReplyRefusalTest {

  private static final String CLOSED = "5215540000021";
  private static final String OPEN = "5215540000022";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static RunningBot bot;
  private static ConsoleFixture.Login tutor;

  @BeforeAll
  static void start() throws Exception {
    bot = TestBots.start();
    ConsoleFixture.account(
        bot, "rosa", Role.TUTOR, ConsoleFixture.states(MexicanState.CIUDAD_DE_MEXICO));
    // Both learners wrote (so the console knows where to reach them and the window is open)...
    for (String waId : new String[] {CLOSED, OPEN}) {
      ConsoleFixture.place(bot, TestBots.learnerKey(waId), MexicanState.CIUDAD_DE_MEXICO);
      ConsoleFixture.learnerSays(bot, waId, "hola");
      Eventually.await(
          Duration.ofSeconds(20),
          () ->
              bot.storage()
                  .database()
                  .getCollection("inbound")
                  .countDocuments(
                      new Document("learner", TestBots.learnerKey(waId)).append("state", "done")),
          n -> n >= 1);
    }
    // ...but WhatsApp refused a message to this one with 131047: the outbox knows it is closed.
    bot.storage()
        .database()
        .getCollection("closed_windows")
        .insertOne(new Document("_id", TestBots.learnerKey(CLOSED)).append("since", new Date()));
    tutor = ConsoleFixture.login(bot, "rosa");
  }

  @AfterAll
  static void stop() {
    if (bot != null) {
      bot.stop();
    }
  }

  /**
   * Window closed: 409, the reason and what to do in Spanish, the template as one click; that click
   * sends the approved template through the outbox.
   */
  @Test
  void closedWindowExplainsAndOffersTheTemplate() throws Exception {
    post("/learners/" + TestBots.learnerKey(CLOSED) + "/takeover", "");
    HttpResponse<String> refused =
        post(
            "/learners/" + TestBots.learnerKey(CLOSED) + "/reply",
            "text=" + form("¿Cómo vas con las fracciones?"));

    assertThat(refused.statusCode(), is(409));
    assertThat(refused.body(), containsString("la ventana de 24 horas está cerrada"));
    assertThat(refused.body(), containsString("Envía la plantilla aprobada"));
    assertThat(refused.body(), containsString("id=\"send-template-now\""));
    assertThat(refused.body(), containsString("¿Cómo vas con las fracciones?</textarea>"));
    assertThat(refused.body(), not(containsString("No se pudo")));
    assertThat(outboxItems(TestBots.learnerKey(CLOSED), "template"), is(0L));

    HttpResponse<String> template =
        post("/learners/" + TestBots.learnerKey(CLOSED) + "/reply-template", "");
    assertThat(template.statusCode(), is(303));
    assertThat(outboxItems(TestBots.learnerKey(CLOSED), "template"), is(1L));
    assertThat(outboxItems(TestBots.learnerKey(CLOSED), "text"), is(0L));
  }

  /** Too long: 422, the limit named, no template offered, nothing stored. */
  @Test
  void tooLongNamesTheLimit() throws Exception {
    post("/learners/" + TestBots.learnerKey(OPEN) + "/takeover", "");
    HttpResponse<String> refused =
        post("/learners/" + TestBots.learnerKey(OPEN) + "/reply", "text=" + "a".repeat(4100));

    assertThat(refused.statusCode(), is(422));
    assertThat(refused.body(), containsString("demasiado largo"));
    assertThat(refused.body(), containsString("4096 caracteres"));
    assertThat(refused.body(), not(containsString("send-template-now")));
    assertThat(outboxItems(TestBots.learnerKey(OPEN), "text"), is(0L));
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    String form = body + (body.isEmpty() ? "" : "&") + "_csrf=" + tutor.csrf();
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.consolePort() + path))
            .header("Cookie", "aprende_console=" + tutor.cookie())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long outboxItems(String learner, String type) {
    return bot.storage()
        .database()
        .getCollection("outbox")
        .countDocuments(new Document("learner", learner).append("type", type));
  }

  private static String form(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
