package mx.aprende.bot.exam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.console.access.Passwords;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.console.access.Scope;
import mx.aprende.bot.console.access.StaffAccount;
import mx.aprende.bot.conversation.Catalog;
import mx.aprende.bot.exam.mongo.MongoExamStore;
import mx.aprende.bot.learning.EngineCurriculum;
import mx.aprende.bot.learning.LearningPath;
import mx.aprende.bot.learning.ModelRefresher;
import mx.aprende.bot.qr.QrImages;
import mx.aprende.bot.simulator.CapturedMessages;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import mx.aprende.content.curriculum.Level;
import mx.aprende.engine.AdaptiveEngine;
import mx.aprende.engine.mongo.MongoAttemptLog;
import mx.aprende.engine.mongo.MongoLearnerStates;
import mx.aprende.engine.mongo.MongoParameterStore;
import mx.aprende.engine.policy.Activity;
import mx.aprende.engine.policy.Policy;
import mx.aprende.engine.policy.SpacedReview;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's "done when", end to end through signed webhooks, the real wiring, the console over HTTP
 * and the fake Graph API: a learner who masters a module gets the exam offer, shares a location,
 * books at a nearby center and receives the code and its QR; a coordinator of that center checks
 * them in and records a pass in the console (login, CSRF); the learner receives the module
 * credential and, the level being complete, the certificate PDF; {@code /verify/{id}} says valid.
 */
class ExamEndToEndTest {

  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String WA_ID = "5215599997001";
  private static final String KEY = TestBots.learnerKey(WA_ID);
  private static final String ID_NAME = "Guadalupe Díaz Ruiz";
  private static final String PASSWORD = "contraseña-de-centro";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private RunningBot bot;
  private long seen;
  private int sent;
  private List<JsonNode> last = List.of();

  /** Mastered → offer → location → booked (code + QR) → check-in and pass → credential → valid. */
  @Test
  void masterBookPassAndVerify() throws Exception {
    bot = TestBots.start();
    try {
      TestBots.onboarded(bot, WA_ID, "Lupe");
      Catalog catalog = Catalog.from(TestBots.curriculum());
      List<Catalog.ModuleCard> inicial =
          catalog.modules().stream().filter(m -> m.level() == Level.INICIAL).toList();
      Catalog.ModuleCard module = inicial.getFirst();
      // The level's other modules were passed at earlier exams: this one completes the level.
      MongoExamStore exams = new MongoExamStore(bot.storage().database(), TestBots.cipher());
      for (Catalog.ModuleCard other : inicial.subList(1, inicial.size())) {
        exams.insertBooking(
            Booking.of(
                    "PAS" + other.id().substring(0, 3).toUpperCase().replaceAll("[^A-Z]", "X"),
                    KEY,
                    "cdmx-01-earlier",
                    other.id(),
                    Instant.now().minusSeconds(86_400 * 40))
                .checkedIn(ID_NAME)
                .withResult(90, true)
                .withResultNotified());
      }
      master(module.id());

      say("menu");
      tap("Mi examen");
      assertThat(
          body(last.getLast()),
          containsString("¡Ya estás listo para el examen de *" + module.title() + "*!"));

      post(
          PAYLOADS.location(
              WA_ID, "Lupe", nextId(), Instant.now(), 19.4326, -99.1332, Optional.empty()));
      String centerRow =
          optionIds().stream()
              .filter(id -> id.startsWith("exam:center:"))
              .findFirst()
              .orElseThrow();
      String centerId = centerRow.substring("exam:center:".length());
      tapId(centerRow);
      String bookRow =
          optionIds().stream().filter(id -> id.startsWith("exam:book:")).findFirst().orElseThrow();
      tapId(bookRow);
      String sessionId = bookRow.split(":")[2];
      Booking booking = exams.bookingsOf(KEY).getFirst();
      String code = booking.code();
      assertThat(booking.sessionId(), is(sessionId));
      assertThat(last.stream().anyMatch(m -> body(m).contains(ExamTexts.spaced(code))), is(true));
      JsonNode image =
          Eventually.await(WAIT, () -> sentOfType("image"), list -> !list.isEmpty()).getFirst();
      assertThat(QrImages.decode(uploaded(image.path("image").path("id").asText())), is(code));

      // Exam day at the center: the coordinator of that center, in the console.
      Wiring.staffAccounts(bot.storage())
          .create(
              new StaffAccount(
                  "centro",
                  Role.COORDINATOR,
                  new Scope.Center(centerId),
                  Passwords.standard().hash(PASSWORD),
                  false,
                  0,
                  Optional.empty()));
      String cookie = login("centro");
      String sessionPage = get("/exams/" + sessionId, cookie).body();
      assertThat(sessionPage, containsString(ExamTexts.spaced(code)));
      assertThat(sessionPage, containsString("Lupe"));
      assertThat(sessionPage, containsString(module.title()));
      String csrf = csrf(sessionPage);
      HttpResponse<String> checkIn =
          postForm(
              "/exams/" + sessionId + "/checkin",
              cookie,
              "code=" + code.toLowerCase() + "&fullName=" + enc(ID_NAME) + "&_csrf=" + csrf);
      assertThat(checkIn.statusCode(), is(303));
      // The legal name is sealed at rest; the roster and the certificate still show it.
      assertThat(
          bot.storage().database().getCollection("exam_bookings").find().first().toJson(),
          not(containsString(ID_NAME)));
      HttpResponse<String> result =
          postForm(
              "/exams/" + sessionId + "/result",
              cookie,
              "code=" + code + "&score=88&verdict=pass&_csrf=" + csrf);
      assertThat(result.statusCode(), is(303));
      assertThat(get("/exams/" + sessionId, cookie).body(), containsString("88 · Aprobó"));

      // The exam job tells the learner at once; they tap the template's button.
      JsonNode notice =
          Eventually.await(
                  WAIT,
                  () ->
                      sentOfType("template").stream()
                          .filter(
                              t ->
                                  t.path("template")
                                      .path("name")
                                      .asText()
                                      .equals(ExamNotifier.RESULT_TEMPLATE))
                          .toList(),
                  list -> !list.isEmpty())
              .getFirst();
      String payload = notice.path("template").path("components").findValue("payload").asText();
      assertThat(payload, is("exam:result:" + code));
      seen = bot.simulator().orElseThrow().captured().after(WA_ID, 0).getLast().seq();
      post(
          PAYLOADS.buttonReply(
              WA_ID, "Lupe", nextId(), Instant.now(), payload, "Ver resultado", Optional.empty()));
      String passed =
          last.stream()
              .map(ExamEndToEndTest::body)
              .filter(b -> b.contains("Aprobaste"))
              .findFirst()
              .orElseThrow();
      assertThat(passed, containsString("88"));
      List<String> links = verifyLinks(passed);
      assertThat(links.size(), is(2));

      JsonNode document =
          Eventually.await(WAIT, () -> sentOfType("document"), list -> !list.isEmpty()).getFirst();
      assertThat(document.path("document").path("filename").asText(), startsWith("certificado-"));
      String pdf = pdfText(uploaded(document.path("document").path("id").asText()));
      assertThat(pdf, containsString(ID_NAME));
      assertThat(
          pdf, containsString(links.getLast().substring(links.getLast().lastIndexOf('/') + 1)));

      for (String link : links) {
        HttpResponse<String> page =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode(), is(200));
        assertThat(page.body(), containsString("<strong>válido</strong>"));
      }
    } finally {
      bot.stop();
    }
  }

  /**
   * Fast-forwards the engine through its own ports on the bot's database: lessons given and right
   * answers recorded, as the lesson flow would, until the engine offers the module's exam.
   */
  private void master(String moduleId) {
    MongoDatabase db = bot.storage().database();
    EngineCurriculum curriculum = EngineCurriculum.from(TestBots.curriculum());
    try (ModelRefresher models =
        ModelRefresher.start(new MongoParameterStore(db), Duration.ofHours(1))) {
      InstantSource clock = InstantSource.system();
      LearningPath path =
          new LearningPath(
              curriculum,
              new AdaptiveEngine(
                  new MongoAttemptLog(db),
                  new MongoLearnerStates(db),
                  new Policy(
                      curriculum.graph(),
                      curriculum.catalog(),
                      SpacedReview.daily(clock),
                      Policy.Config.standard()),
                  models,
                  clock),
              clock);
      for (int step = 0; step < 500; step++) {
        switch (path.next(KEY, moduleId)) {
          case Activity.ModuleExam exam -> {
            return;
          }
          case Activity.NewLesson lesson -> path.lessonGiven(KEY, lesson.skill());
          case Activity.Practice practice ->
              path.record(KEY, practice.item(), true, 0, Duration.ofSeconds(20));
          case Activity.Review review ->
              path.record(KEY, review.item(), true, 0, Duration.ofSeconds(20));
          case Activity.Blocked blocked -> throw new AssertionError(blocked.reason());
        }
      }
      throw new AssertionError("module " + moduleId + " not ready after 500 steps");
    }
  }

  // ---- the learner's phone ----

  private void say(String text) {
    post(PAYLOADS.text(WA_ID, "Lupe", nextId(), Instant.now(), text));
  }

  private void tap(String title) {
    for (JsonNode message : last) {
      for (JsonNode option : options(message)) {
        if (option.path("title").asText().equals(title)) {
          tapId(option.path("id").asText(), title, message);
          return;
        }
      }
    }
    throw new AssertionError("No option '" + title + "' in " + last);
  }

  private void tapId(String id) {
    for (JsonNode message : last) {
      for (JsonNode option : options(message)) {
        if (option.path("id").asText().equals(id)) {
          tapId(id, option.path("title").asText(), message);
          return;
        }
      }
    }
    throw new AssertionError("No option '" + id + "' in " + last);
  }

  private void tapId(String id, String title, JsonNode message) {
    post(
        message.path("interactive").path("type").asText().equals("list")
            ? PAYLOADS.listReply(WA_ID, "Lupe", nextId(), Instant.now(), id, title)
            : PAYLOADS.buttonReply(
                WA_ID, "Lupe", nextId(), Instant.now(), id, title, Optional.empty()));
  }

  private List<String> optionIds() {
    List<String> ids = new ArrayList<>();
    last.forEach(m -> options(m).forEach(o -> ids.add(o.path("id").asText())));
    return ids;
  }

  private String nextId() {
    return "wamid.exam-e2e." + (++sent);
  }

  /** Posts a signed webhook and waits until it is processed and its replies are sent. */
  private void post(byte[] payload) {
    String id = "wamid.exam-e2e." + sent;
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
                captured.after(WA_ID, seen).stream()
                    .filter(c -> !c.body().has("status"))
                    .filter(c -> c.body().has("text") || c.body().has("interactive"))
                    .toList(),
            list -> !list.isEmpty());
    seen = replies.getLast().seq();
    last = replies.stream().map(CapturedMessages.Captured::body).toList();
  }

  /** What the fake Graph API received for the learner of one message type, oldest first. */
  private List<JsonNode> sentOfType(String type) {
    return bot.simulator().orElseThrow().captured().after(WA_ID, 0).stream()
        .map(CapturedMessages.Captured::body)
        .filter(b -> b.path("type").asText().equals(type))
        .toList();
  }

  private byte[] uploaded(String mediaId) throws Exception {
    HttpResponse<byte[]> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + bot.port() + "/simulator/graph/uploads/" + mediaId))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode(), is(200));
    return response.body();
  }

  private static List<String> verifyLinks(String text) {
    Matcher m = Pattern.compile("https?://\\S+/verify/[1-9A-HJ-NP-Za-km-z]+").matcher(text);
    List<String> links = new ArrayList<>();
    while (m.find()) {
      links.add(m.group());
    }
    return links;
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
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

  // ---- the center's browser, as plain HTTP ----

  private String console() {
    return "http://127.0.0.1:" + bot.consolePort();
  }

  private String login(String user) throws Exception {
    HttpResponse<String> form =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(console() + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    String pre = cookie(form, "aprende_login");
    HttpResponse<String> done =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(console() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "aprende_login=" + pre)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "_csrf="
                            + csrf(form.body())
                            + "&username="
                            + user
                            + "&password="
                            + enc(PASSWORD)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(done.headers().firstValue("Location").orElse(""), is("/"));
    return cookie(done, "aprende_console");
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(console() + path))
                .header("Cookie", "aprende_console=" + cookie)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode(), is(200));
    return response;
  }

  private HttpResponse<String> postForm(String path, String cookie, String form) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(console() + path))
            .header("Cookie", "aprende_console=" + cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<?> response, String name) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      if (header.startsWith(name + "=")) {
        return header.substring(name.length() + 1, header.indexOf(';'));
      }
    }
    throw new AssertionError("no cookie " + name);
  }

  private static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF field");
    }
    return m.group(1);
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
