package mx.aprende.bot.console;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.console.access.Scope;
import mx.aprende.bot.console.flags.Reason;
import mx.aprende.bot.console.mongo.MongoFlagStore;
import mx.aprende.bot.contacts.mongo.MongoContacts;
import mx.aprende.bot.exam.Booking;
import mx.aprende.bot.exam.ExamSession;
import mx.aprende.bot.exam.mongo.MongoExamStore;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.testing.TestBots;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every role against every console endpoint, read from {@code console/authorization.csv}: allowed
 * (2xx or a redirect to a page) or denied (401/403), including a learner of another state and a
 * state change without the CSRF token, and exam sessions of another state's or another center's
 * center; "error 400" is an allowed request the console refuses (nudging a learner who opted out,
 * an exam in the past, a booking code of another session).
 */
class ConsoleAuthorizationTest {

  private static final String HOME = "5215540000001";
  private static final String AWAY = "5213340000002";
  private static final String GONE = "5215540000003";
  private static RunningBot bot;
  private static final Map<String, Session> SESSIONS = new HashMap<>();
  private static String homeFlag;
  private static String awayFlag;
  private static final LocalDate EXAM_DAY = LocalDate.now().plusDays(20);
  private static final Map<String, String> EXAMS =
      Map.of(
          "{homeSession}", "cdmx-01-auth",
          "{awaySession}", "jal-01-auth",
          "{otherCenterSession}", "cdmx-02-auth",
          "{homeCode}", "HKM7PQ",
          "{awayCode}", "JKM7PQ",
          "{otherCode}", "LKM7PQ",
          "{examDay}", EXAM_DAY.toString());
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** A logged-in browser session: the cookie and the CSRF token its pages carry. */
  private record Session(String cookie, String csrf) {}

  @BeforeAll
  static void start() throws Exception {
    bot = TestBots.start();
    ConsoleFixture.account(bot, "adm", Role.ADMIN, new Scope.Everyone());
    ConsoleFixture.account(
        bot, "tutor", Role.TUTOR, ConsoleFixture.states(MexicanState.CIUDAD_DE_MEXICO));
    ConsoleFixture.account(
        bot, "coord", Role.COORDINATOR, ConsoleFixture.states(MexicanState.CIUDAD_DE_MEXICO));
    // A coordinator of one center of the same state: other CDMX centers are outside their scope.
    ConsoleFixture.account(bot, "centercoord", Role.COORDINATOR, new Scope.Center("cdmx-01"));
    MongoExamStore exams = new MongoExamStore(bot.storage().database(), TestBots.cipher());
    for (String center : new String[] {"cdmx-01", "jal-01", "cdmx-02"}) {
      String session = center + "-auth";
      exams.saveSession(
          new ExamSession(session, center, "intermedio", EXAM_DAY, LocalTime.of(9, 30), 10, 0));
      String code =
          EXAMS.get(
              center.equals("cdmx-01")
                  ? "{homeCode}"
                  : center.equals("jal-01") ? "{awayCode}" : "{otherCode}");
      exams.insertBooking(
          Booking.of(
              code, center.equals("jal-01") ? AWAY : HOME, session, "fracciones", Instant.now()));
    }
    ConsoleFixture.place(bot, HOME, MexicanState.CIUDAD_DE_MEXICO);
    ConsoleFixture.place(bot, AWAY, MexicanState.JALISCO);
    ConsoleFixture.place(bot, GONE, MexicanState.CIUDAD_DE_MEXICO);
    bot.storage()
        .database()
        .getCollection("sessions")
        .insertOne(
            new Document("_id", GONE)
                .append("firstSeen", java.util.Date.from(Instant.now()))
                .append("lastSeen", java.util.Date.from(Instant.now()))
                .append("turns", 3L)
                .append("optedOut", true));
    for (String key : new String[] {HOME, AWAY, GONE}) {
      bot.storage()
          .database()
          .getCollection("inbound")
          .insertOne(
              new Document("_id", "wamid." + key)
                  .append("learner", key)
                  .append("phone", TestBots.cipher().encrypt(key))
                  .append("sentAt", java.util.Date.from(Instant.now()))
                  .append(
                      "raw",
                      TestBots.cipher()
                          .encrypt("{\"type\":\"text\",\"text\":{\"body\":\"hola\"}}")));
      new MongoContacts(bot.storage().database(), TestBots.cipher()).remember(key, key);
    }
    MongoFlagStore flags = new MongoFlagStore(bot.storage().database());
    homeFlag = flags.raise(HOME, Reason.PERSON, Reason.PERSON.severity(), "x", Instant.now());
    awayFlag = flags.raise(AWAY, Reason.PERSON, Reason.PERSON.severity(), "x", Instant.now());
    for (String user : new String[] {"adm", "tutor", "coord", "centercoord"}) {
      SESSIONS.put(user, login(user));
    }
  }

  @AfterAll
  static void stop() {
    if (bot != null) {
      bot.stop();
    }
  }

  /** One row: this role calling this endpoint gets the expected verdict. */
  @ParameterizedTest(name = "{0} {1} {2} as {3} → {5}")
  @CsvFileSource(resources = "/console/authorization.csv", numLinesToSkip = 1)
  void roleAgainstEndpoint(
      String method, String path, String body, String role, String csrf, String expected)
      throws Exception {
    String url =
        fill(path)
            .replace("{home}", URLEncoder.encode(HOME, StandardCharsets.UTF_8))
            .replace("{away}", URLEncoder.encode(AWAY, StandardCharsets.UTF_8))
            .replace("{gone}", URLEncoder.encode(GONE, StandardCharsets.UTF_8))
            .replace("{homeFlag}", homeFlag)
            .replace("{awayFlag}", awayFlag);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.consolePort() + url))
            .timeout(Duration.ofSeconds(30));
    if (!role.equals("anonymous")) {
      request.header("Cookie", "aprende_console=" + SESSIONS.get(role).cookie());
    }
    if (method.equals("POST")) {
      String form = body == null ? "" : fill(body);
      if (csrf.equals("yes") && !role.equals("anonymous")) {
        form = form + (form.isEmpty() ? "" : "&") + "_csrf=" + SESSIONS.get(role).csrf();
      }
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    } else {
      request.GET();
    }
    HttpResponse<String> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    String verdict;
    if (status == 401 || status == 403) {
      verdict = "denied";
    } else if (status == 303
        && response.headers().firstValue("Location").orElse("").startsWith("/login")) {
      verdict = "denied";
    } else if (status < 400) {
      verdict = "allowed";
    } else {
      verdict = "error " + status;
    }
    assertThat(verdict, is(expected));
  }

  /** The exam placeholders of a row ({@code {homeSession}}, {@code {homeCode}}...) filled in. */
  private static String fill(String text) {
    String filled = text;
    for (Map.Entry<String, String> e : EXAMS.entrySet()) {
      filled = filled.replace(e.getKey(), e.getValue());
    }
    return filled;
  }

  private static Session login(String user) throws Exception {
    String base = "http://127.0.0.1:" + bot.consolePort();
    HttpResponse<String> form =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    String pre = cookie(form, "aprende_login");
    String token = field(form.body());
    HttpResponse<String> done =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "aprende_login=" + pre)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "_csrf="
                            + token
                            + "&username="
                            + user
                            + "&password="
                            + URLEncoder.encode(ConsoleFixture.PASSWORD, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String session = cookie(done, "aprende_console");
    HttpResponse<String> page =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/password"))
                .header("Cookie", "aprende_console=" + session)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Session(session, field(page.body()));
  }

  private static String cookie(HttpResponse<?> response, String name) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      if (header.startsWith(name + "=")) {
        return header.substring(name.length() + 1, header.indexOf(';'));
      }
    }
    throw new AssertionError("no cookie " + name);
  }

  private static String field(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF field");
    }
    return m.group(1);
  }
}
