package mx.aprende.bot.console;

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
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.Wiring;
import mx.aprende.bot.certificate.Certificate;
import mx.aprende.bot.certificate.mongo.MongoCertificateStore;
import mx.aprende.bot.console.access.AccountStore;
import mx.aprende.bot.console.access.Passwords;
import mx.aprende.bot.console.access.Role;
import mx.aprende.bot.console.access.Scope;
import mx.aprende.bot.console.access.StaffAccount;
import mx.aprende.bot.exam.Booking;
import mx.aprende.bot.exam.BookingStatus;
import mx.aprende.bot.exam.Center;
import mx.aprende.bot.exam.Coordinates;
import mx.aprende.bot.exam.ExamSession;
import mx.aprende.bot.exam.mongo.MongoCenters;
import mx.aprende.bot.exam.mongo.MongoExamStore;
import mx.aprende.bot.learning.mongo.MongoMilestones;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import org.bson.Document;

/** Seeds staff accounts, learner places and learning data into a test bot's database. */
final class ConsoleFixture {

  static final String PASSWORD = "contraseña-de-prueba";

  private ConsoleFixture() {}

  /** Creates an account whose password is {@link #PASSWORD} and needs no change. */
  static void account(RunningBot bot, String username, Role role, Scope scope) {
    AccountStore store = Wiring.staffAccounts(bot.storage());
    store.create(
        new StaffAccount(
            username,
            role,
            scope,
            Passwords.standard().hash(PASSWORD),
            false,
            0,
            Optional.empty()));
  }

  static Scope states(MexicanState... states) {
    return new Scope.States(Set.of(states));
  }

  static void place(RunningBot bot, String learnerKey, MexicanState state) {
    bot.storage()
        .database()
        .getCollection("learner_places")
        .insertOne(new Document("_id", learnerKey).append("state", state.code()));
  }

  /** The learner writes {@code text} through the simulator, as a phone would. */
  static void learnerSays(RunningBot bot, String waId, String text) {
    String body =
        "{\"wa_id\":\""
            + waId
            + "\",\"name\":\"Rosa\",\"type\":\"text\",\"text\":"
            + com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString()
            + "}";
    var response =
        Http.post(
            URI.create("http://127.0.0.1:" + bot.port() + "/simulator/api/messages"),
            body.getBytes(StandardCharsets.UTF_8),
            Optional.empty());
    if (response.statusCode() != 202) {
      throw new IllegalStateException("simulator refused: " + response.statusCode());
    }
  }

  /** Sessions and answers for the dashboard: learners in and out of a state, some inactive. */
  static void seedLearning(RunningBot bot, Instant now, List<String> skills) {
    var db = bot.storage().database();
    for (int i = 0; i < 6; i++) {
      String key = "52155700000" + i;
      place(bot, key, i < 4 ? MexicanState.CIUDAD_DE_MEXICO : MexicanState.JALISCO);
      Instant last = i == 3 ? now.minus(Duration.ofDays(20)) : now.minus(Duration.ofHours(i + 1));
      db.getCollection("sessions")
          .insertOne(
              new Document("_id", key)
                  .append("firstSeen", Date.from(now.minus(Duration.ofDays(25))))
                  .append("lastSeen", Date.from(last))
                  .append("turns", 10L)
                  .append("optedOut", false));
      db.getCollection("inbound")
          .insertOne(
              new Document("_id", "wamid.seed" + i)
                  .append("learner", key)
                  .append("sentAt", Date.from(last))
                  .append(
                      "raw",
                      TestBots.cipher().encrypt("{\"type\":\"text\",\"text\":{\"body\":\"hola\"}}"))
                  .append("state", "done"));
      for (int a = 0; a < 5; a++) {
        db.getCollection("attempts")
            .insertOne(
                new Document("learnerId", key)
                    .append("itemId", "item" + a)
                    .append("skills", List.of(skills.get(a % skills.size())))
                    .append("correct", (a + i) % 3 != 0)
                    .append("at", Date.from(last.minus(Duration.ofMinutes(a)))));
      }
    }
  }

  /**
   * Engine milestones of the learners {@link #seedLearning} made: three of the four in Mexico City
   * mastered a skill, two were ready for a module exam; the Jalisco ones are ready too.
   */
  static void seedMilestones(RunningBot bot, Instant at) {
    MongoMilestones milestones = new MongoMilestones(bot.storage().database());
    for (int i : new int[] {0, 1, 2, 4, 5}) {
      milestones.skillMastered("52155700000" + i, at);
    }
    for (int i : new int[] {0, 1, 4, 5}) {
      milestones.moduleReady("52155700000" + i, "m", at);
    }
  }

  /**
   * Exam centers, sessions and bookings as the exams feature stores them: two centers in Mexico
   * City and one in Jalisco, each with a session in the last 30 days (with results) and upcoming
   * ones. Learners 0 and 1 of {@link #seedLearning} booked (0 passed and holds a level
   * certificate); other bookings belong to learners the dashboard's learner scope does not know.
   * The development sample of centers and sessions is removed first.
   */
  static void seedExams(RunningBot bot, LocalDate today, String module) {
    var db = bot.storage().database();
    // In place of the development sample the bot loads at start, so the figures are these alone.
    db.getCollection("exam_sessions").deleteMany(new Document());
    db.getCollection("exam_centers").deleteMany(new Document());
    new MongoCenters(db)
        .saveAll(
            List.of(
                center("cdmx-01", "Plaza Comunitaria Centro", MexicanState.CIUDAD_DE_MEXICO),
                center("cdmx-02", "Plaza Comunitaria Norte", MexicanState.CIUDAD_DE_MEXICO),
                center("jal-01", "Plaza Comunitaria Guadalajara", MexicanState.JALISCO)));
    MongoExamStore store = new MongoExamStore(db, TestBots.cipher());
    LocalTime nine = LocalTime.of(9, 0);
    store.saveSessions(
        List.of(
            new ExamSession(
                ExamSession.idFor("cdmx-01", today.minusDays(10), nine),
                "cdmx-01",
                module,
                today.minusDays(10),
                nine,
                10,
                0),
            new ExamSession(
                ExamSession.idFor("cdmx-02", today.minusDays(5), nine),
                "cdmx-02",
                module,
                today.minusDays(5),
                nine,
                10,
                0),
            new ExamSession(
                ExamSession.idFor("jal-01", today.minusDays(10), nine),
                "jal-01",
                module,
                today.minusDays(10),
                nine,
                10,
                0),
            new ExamSession(
                ExamSession.idFor("cdmx-01", today.plusDays(7), nine),
                "cdmx-01",
                module,
                today.plusDays(7),
                nine,
                10,
                0),
            new ExamSession(
                ExamSession.idFor("cdmx-02", today.plusDays(14), nine),
                "cdmx-02",
                "intermedio",
                today.plusDays(14),
                nine,
                6,
                0),
            new ExamSession(
                ExamSession.idFor("jal-01", today.plusDays(7), nine),
                "jal-01",
                module,
                today.plusDays(7),
                nine,
                10,
                0)));
    String centro = ExamSession.idFor("cdmx-01", today.minusDays(10), nine);
    book(store, "P1", "521557000000", centro, module, BookingStatus.PASSED);
    book(store, "P2", "521557000001", centro, module, BookingStatus.FAILED);
    book(store, "P3", "x1", centro, module, BookingStatus.PASSED);
    book(store, "P4", "x2", centro, module, BookingStatus.PASSED);
    book(store, "P5", "x3", centro, module, BookingStatus.CHECKED_IN);
    String norte = ExamSession.idFor("cdmx-02", today.minusDays(5), nine);
    book(store, "N1", "x4", norte, module, BookingStatus.PASSED);
    book(store, "N2", "x5", norte, module, BookingStatus.FAILED);
    book(store, "N3", "x6", norte, module, BookingStatus.FAILED);
    book(store, "N4", "x7", norte, module, BookingStatus.BOOKED);
    book(
        store,
        "G1",
        "y1",
        ExamSession.idFor("jal-01", today.minusDays(10), nine),
        module,
        BookingStatus.PASSED);
    String next = ExamSession.idFor("cdmx-01", today.plusDays(7), nine);
    book(store, "U1", "521557000001", next, module, BookingStatus.BOOKED);
    book(store, "U2", "x8", next, module, BookingStatus.BOOKED);
    for (int seat = 0; seat < 6; seat++) {
      store.takeSeat(ExamSession.idFor("cdmx-02", today.plusDays(14), nine));
    }
    new MongoCertificateStore(db)
        .insert(
            Certificate.issued(
                "cert-1",
                "521557000000",
                Certificate.Kind.LEVEL,
                "inicial",
                "Nivel inicial",
                Instant.now().minus(Duration.ofDays(2)),
                "{}"));
  }

  private static Center center(String id, String name, MexicanState state) {
    return new Center(
        id,
        name,
        state,
        "Centro",
        "Calle Uno 1",
        new Coordinates(19.43, -99.13),
        "L-V 9-17",
        "centro@example.org",
        true);
  }

  private static void book(
      MongoExamStore store,
      String code,
      String learner,
      String session,
      String module,
      BookingStatus status) {
    store.takeSeat(session);
    Booking booking =
        Booking.of(code, learner, session, module, Instant.now().minus(Duration.ofDays(12)));
    store.insertBooking(booking);
    store.updateBooking(
        switch (status) {
          case PASSED -> booking.checkedIn("Nombre").withResult(85, true);
          case FAILED -> booking.checkedIn("Nombre").withResult(40, false);
          case CHECKED_IN -> booking.checkedIn("Nombre");
          case CANCELLED -> booking.withStatus(BookingStatus.CANCELLED);
          case NO_SHOW -> booking.withStatus(BookingStatus.NO_SHOW);
          case BOOKED -> booking;
        });
  }

  /** A browser session over plain HTTP: the session cookie and the CSRF token its pages carry. */
  record Login(String cookie, String csrf) {}

  /** Logs {@code username} in through the login form, as a browser would. */
  static Login login(RunningBot bot, String username) throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String base = "http://127.0.0.1:" + bot.consolePort();
    HttpResponse<String> form =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> done =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "aprende_login=" + cookie(form, "aprende_login"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "_csrf="
                            + csrfField(form.body())
                            + "&username="
                            + username
                            + "&password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String session = cookie(done, "aprende_console");
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/password"))
                .header("Cookie", "aprende_console=" + session)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Login(session, csrfField(page.body()));
  }

  private static String cookie(HttpResponse<?> response, String name) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      if (header.startsWith(name + "=")) {
        return header.substring(name.length() + 1, header.indexOf(';'));
      }
    }
    throw new AssertionError("no cookie " + name);
  }

  private static String csrfField(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF field");
    }
    return m.group(1);
  }
}
