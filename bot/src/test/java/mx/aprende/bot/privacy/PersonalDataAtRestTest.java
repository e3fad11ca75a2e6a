package mx.aprende.bot.privacy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.contacts.mongo.MongoContacts;
import mx.aprende.bot.conversation.mongo.MongoSessionStore;
import mx.aprende.bot.exam.whatsapp.WhatsAppLearnerMessages;
import mx.aprende.bot.mongo.MongoStorage;
import mx.aprende.bot.outbox.mongo.MongoOutboundLog;
import mx.aprende.bot.reminders.whatsapp.WhatsAppProactiveSender;
import mx.aprende.bot.settings.BotSettings;
import mx.aprende.bot.simulator.CapturedMessages;
import mx.aprende.bot.simulator.Simulator;
import mx.aprende.bot.templates.MessageTemplate;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.client.CloudApiSettings;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Personal data at rest, end to end: a learner onboards through signed webhooks and the real
 * wiring, then every document of every collection is searched for their phone number and names in
 * clear; messages the bot starts still reach the real phone through the contact, and erasure
 * removes it.
 */
class PersonalDataAtRestTest {

  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String WA_ID = "5215577708812";
  private static final String PROFILE_NAME = "Itzel Quetzalli";
  private static final List<String> IN_CLEAR = List.of(WA_ID, "Itzel", "Quetzalli");

  private BotSettings settings;
  private RunningBot bot;
  private MongoDatabase db;
  private long seen;
  private int sent;
  private List<JsonNode> last = List.of();

  @BeforeEach
  void start() {
    settings = TestBots.settings(Map.of());
    MongoStorage storage =
        MongoStorage.open(
            Optional.of(MongoTestSupport.connectionString()),
            Path.of("target"),
            "bot_privacy_" + ProcessHandle.current().pid() + "_" + System.nanoTime());
    bot = Wiring.start(settings, storage, TestBots.curriculum(), InstantSource.system());
    db = bot.storage().database();
  }

  @AfterEach
  void stop() {
    bot.stop();
  }

  /**
   * After onboarding (the bot greets the learner by name), no document in any collection holds the
   * phone number or either name in clear, and the learner's documents use the keyed-hash key.
   */
  @Test
  void noPhoneOrNameInClearAnywhere() {
    onboard();

    List<String> documents = new ArrayList<>();
    for (String collection : db.listCollectionNames()) {
      for (Document d : db.getCollection(collection).find()) {
        documents.add(collection + " " + d.toJson());
      }
    }
    for (String clear : IN_CLEAR) {
      assertThat(
          clear + " in clear",
          documents.stream().filter(d -> d.contains(clear)).toList(),
          is(empty()));
    }
    String key = TestBots.learnerKey(WA_ID);
    for (String collection : List.of("sessions", "contacts")) {
      assertThat(
          db.getCollection(collection).find(Filters.eq("_id", key)).first() != null, is(true));
    }
    assertThat(
        db.getCollection("inbound").countDocuments(Filters.eq("learner", key)), greaterThan(5L));
    assertThat(
        db.getCollection("outbox").countDocuments(Filters.eq("learner", key)), greaterThan(5L));
    assertThat(
        new MongoSessionStore(db, TestBots.cipher()).find(key).orElseThrow().name(),
        is(Optional.of("Itzel")));
  }

  /**
   * A reminder and an exam notice, which answer no inbound message, reach the learner's real phone
   * through the contact; after "borrar mis datos" the contact is gone and nothing is sent.
   */
  @Test
  void proactiveSendsReachThePhoneUntilErasure() {
    onboard();
    String key = TestBots.learnerKey(WA_ID);
    MongoContacts contacts = new MongoContacts(db, TestBots.cipher());
    WhatsAppProactiveSender reminders =
        new WhatsAppProactiveSender(client(), contacts, new MongoOutboundLog(db), Instant::now);
    WhatsAppLearnerMessages exams = new WhatsAppLearnerMessages(client(), contacts);

    assertThat(
        reminders.send(key, MessageTemplate.STUDY_REMINDER.fill("Itzel", "Fracciones"), true),
        is(true));
    exams.template(
        key, "aprende_examen_recordatorio", List.of("Itzel", "mañana"), Optional.empty());
    List<CapturedMessages.Captured> proactive =
        Eventually.await(WAIT, () -> captured().after(WA_ID, seen), list -> list.size() >= 2);
    assertThat(
        proactive.stream().map(c -> c.body().path("type").asText()).toList(), hasItem("template"));
    assertThat(body(proactive.getFirst()), containsString("Fracciones"));
    seen = proactive.getLast().seq();

    say("borrar mis datos");
    tap("Sí, borrar todo");
    assertThat(db.getCollection("contacts").countDocuments(Filters.eq("_id", key)), is(0L));
    assertThat(new MongoContacts(db, TestBots.cipher()).address(key), is(Optional.empty()));
    assertThat(
        new WhatsAppProactiveSender(
                client(),
                new MongoContacts(db, TestBots.cipher()),
                new MongoOutboundLog(db),
                Instant::now)
            .send(key, MessageTemplate.STUDY_REMINDER.fill("Itzel", "Fracciones"), true),
        is(false));
  }

  private void onboard() {
    say("hola");
    tap("Acepto");
    assertThat(body(last.getLast()), containsString("*Itzel*"));
    tap("Sí");
    tap("Sí, 15 o más");
    say("vivo en Guadalajara");
    tap("Sí");
    tap("Primaria");
  }

  private CloudApiClient client() {
    BotSettings.WhatsAppSettings whatsApp = settings.whatsApp();
    return CloudApiClient.create(
        new CloudApiSettings(
            URI.create("http://127.0.0.1:" + bot.port()).resolve(Simulator.GRAPH_PATH),
            whatsApp.graphApiVersion(),
            whatsApp.phoneNumberId(),
            whatsApp.accessToken(),
            Duration.ofSeconds(5)));
  }

  private CapturedMessages captured() {
    return bot.simulator().orElseThrow().captured();
  }

  private void say(String text) {
    post(PAYLOADS.text(WA_ID, PROFILE_NAME, nextId(), Instant.now(), text));
  }

  private void tap(String title) {
    for (JsonNode message : last) {
      for (JsonNode option : options(message)) {
        if (option.path("title").asText().equals(title)) {
          String id = option.path("id").asText();
          post(
              message.path("interactive").path("type").asText().equals("list")
                  ? PAYLOADS.listReply(WA_ID, PROFILE_NAME, nextId(), Instant.now(), id, title)
                  : PAYLOADS.buttonReply(
                      WA_ID, PROFILE_NAME, nextId(), Instant.now(), id, title, Optional.empty()));
          return;
        }
      }
    }
    throw new AssertionError("No option '" + title + "' in " + last);
  }

  private String nextId() {
    return "wamid.privacy." + (++sent);
  }

  /** Posts a signed webhook and waits until its replies reached the fake Graph API. */
  private void post(byte[] payload) {
    String id = "wamid.privacy." + sent;
    URI webhook = URI.create("http://127.0.0.1:" + bot.port() + "/webhook");
    assertThat(Http.postSigned(webhook, payload).statusCode(), is(200));
    Eventually.await(
        WAIT,
        () -> db.getCollection("inbound").find(Filters.eq("_id", id)).first(),
        // Answered 200, so stored: gone again only when the turn erased the learner's data.
        d -> d == null || "done".equals(d.getString("state")));
    List<CapturedMessages.Captured> replies =
        Eventually.await(
            WAIT,
            () ->
                captured().after(WA_ID, seen).stream()
                    .filter(c -> !c.body().has("status"))
                    .toList(),
            list -> !list.isEmpty());
    seen = captured().after(WA_ID, seen).getLast().seq();
    last = replies.stream().map(CapturedMessages.Captured::body).toList();
  }

  private static List<JsonNode> options(JsonNode message) {
    List<JsonNode> options = new ArrayList<>();
    JsonNode interactive = message.path("interactive");
    interactive.path("action").path("buttons").forEach(b -> options.add(b.path("reply")));
    interactive.path("action").path("sections").forEach(s -> s.path("rows").forEach(options::add));
    return options;
  }

  private static String body(CapturedMessages.Captured captured) {
    return body(captured.body());
  }

  private static String body(JsonNode message) {
    return message
        .path("text")
        .path("body")
        .asText(message.path("interactive").path("body").path("text").asText(""));
  }
}
