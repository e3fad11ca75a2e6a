package mx.aprende.bot.exam.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import mx.aprende.bot.certificate.Certificate;
import mx.aprende.bot.certificate.mongo.MongoCertificateStore;
import mx.aprende.bot.exam.Booking;
import mx.aprende.bot.exam.BookingStatus;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

/** The admin commands of ./tutor exam, end to end on a test database. */
class ExamCommandTest {

  private final MongoDatabase database = MongoTestSupport.freshDatabase();
  private final InstantSource clock = () -> Instant.parse("2026-11-30T18:00:00Z");
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Centers, a session, a booking on the roster, check-in and a result, as an admin runs them. */
  @Test
  void examDayByCommands() {
    assertThat(run("centers", "sample"), is(0));
    assertThat(run("centers", "09"), is(0));
    assertThat(text(out), containsString("cdmx-01"));
    assertThat(run("session", "add", "cdmx-01", "intermedio", "2026-12-05", "09:00", "2"), is(0));
    String session = "cdmx-01-2026-12-05-0900";
    MongoExamStore store = new MongoExamStore(database, TestBots.cipher());
    assertThat(store.takeSeat(session), is(true));
    store.insertBooking(Booking.of("K7PQ3M", "learner", session, "fracciones", clock.instant()));
    assertThat(run("roster", session), is(0));
    assertThat(text(out), containsString("K7PQ3M  BOOKED"));
    assertThat(run("checkin", "k7p", "q3m"), is(1));
    assertThat(run("checkin", "K7P-Q3M", "Ana", "López", "Pérez"), is(0));
    assertThat(run("result", "K7PQ3M", "91", "pass"), is(0));
    Booking graded = store.booking("K7PQ3M").orElseThrow();
    assertThat(graded.status(), is(BookingStatus.PASSED));
    assertThat(graded.fullName().orElseThrow(), is("Ana López Pérez"));
    assertThat(graded.score().getAsInt(), is(91));
  }

  /** Lowering capacity below the seats booked is refused; bad input names the problem. */
  @Test
  void refusals() {
    run("centers", "sample");
    run("session", "add", "ags-01", "inicial", "2026-12-05", "09:00", "1");
    new MongoExamStore(database, TestBots.cipher()).takeSeat("ags-01-2026-12-05-0900");
    assertThat(run("session", "capacity", "ags-01-2026-12-05-0900", "0"), is(1));
    assertThat(text(err), containsString("1 learners are booked"));
    assertThat(run("session", "add", "nowhere", "inicial", "2026-12-05", "09:00", "1"), is(1));
    assertThat(run("session", "add", "ags-01", "inicial", "5/12/2026", "09:00", "1"), is(1));
    assertThat(run("result", "K7PQ3M", "91", "maybe"), is(1));
    assertThat(run("frobnicate"), is(2));
  }

  /** Revoking needs a reason, marks the credential revoked with it, and refuses unknown ids. */
  @Test
  void revokeCommand() {
    MongoCertificateStore certificates = new MongoCertificateStore(database);
    certificates.insert(
        Certificate.issued(
            "Zx9", "learner", Certificate.Kind.MODULE, "fracciones", "F", clock.instant(), "{}"));
    assertThat(run("revoke", "Zx9"), is(1));
    assertThat(text(err), containsString("--reason"));
    assertThat(run("revoke", "Zx9", "--reason", "datos", "equivocados"), is(0));
    Certificate revoked = certificates.find("Zx9").orElseThrow();
    assertThat(revoked.status(), is(Certificate.Status.REVOKED));
    assertThat(revoked.reason().orElseThrow(), is("datos equivocados"));
    assertThat(revoked.revokedAt().orElseThrow(), is(clock.instant()));
    assertThat(run("revoke", "nope", "--reason", "x"), is(1));
    assertThat(text(err), containsString("nope"));
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return ExamCommand.admin(database, TestBots.cipher(), clock)
        .run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
