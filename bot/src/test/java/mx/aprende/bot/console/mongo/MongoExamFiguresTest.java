package mx.aprende.bot.console.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import mx.aprende.bot.certificate.Certificate;
import mx.aprende.bot.certificate.mongo.MongoCertificateStore;
import mx.aprende.bot.console.dashboard.CenterScope;
import mx.aprende.bot.console.dashboard.Dashboard;
import mx.aprende.bot.console.dashboard.ExamFigures;
import mx.aprende.bot.exam.Booking;
import mx.aprende.bot.exam.BookingStatus;
import mx.aprende.bot.exam.Center;
import mx.aprende.bot.exam.Coordinates;
import mx.aprende.bot.exam.ExamSession;
import mx.aprende.bot.exam.mongo.MongoCenters;
import mx.aprende.bot.exam.mongo.MongoExamStore;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's exam figures over data written by the exams feature's own stores: a calendar and
 * results per center and module within a scope and a date range, and the funnel's exam stages.
 */
class MongoExamFiguresTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
  private static final Instant BOOKED = Instant.parse("2026-11-01T12:00:00Z");

  private MongoDatabase db;
  private MongoExamFigures figures;

  @BeforeEach
  void seed() {
    db = MongoTestSupport.freshDatabase();
    MongoCenters centers = new MongoCenters(db);
    centers.saveAll(
        List.of(
            center("cdmx-01", "Plaza Comunitaria Centro", MexicanState.CIUDAD_DE_MEXICO),
            center("cdmx-02", "Plaza Comunitaria Norte", MexicanState.CIUDAD_DE_MEXICO),
            center("jal-01", "Plaza Comunitaria Guadalajara", MexicanState.JALISCO)));
    MongoExamStore store = new MongoExamStore(db, TestBots.cipher());
    store.saveSessions(
        List.of(
            session("cdmx-01", DAY, "numeros", 10),
            session("cdmx-01", DAY.plusDays(20), "intermedio", 12),
            session("cdmx-02", DAY.plusDays(1), "numeros", 8),
            session("jal-01", DAY, "numeros", 10),
            session("jal-01", DAY.plusDays(21), "numeros", 10)));
    // At Centro: two passed, one failed, one checked in without a result, one cancelled.
    book(store, "A1", "l1", "cdmx-01", DAY, "numeros", BookingStatus.PASSED);
    book(store, "A2", "l2", "cdmx-01", DAY, "numeros", BookingStatus.PASSED);
    book(store, "A3", "l3", "cdmx-01", DAY, "numeros", BookingStatus.FAILED);
    book(store, "A4", "l4", "cdmx-01", DAY, "numeros", BookingStatus.CHECKED_IN);
    book(store, "A5", "l5", "cdmx-01", DAY, "numeros", BookingStatus.CANCELLED);
    // At Norte: one booked, not yet taken; in Jalisco one passed. Six learners hold a seat.
    book(store, "B1", "l6", "cdmx-02", DAY.plusDays(1), "numeros", BookingStatus.BOOKED);
    book(store, "C1", "l7", "jal-01", DAY, "numeros", BookingStatus.PASSED);
    book(store, "A6", "l1", "cdmx-01", DAY.plusDays(20), "intermedio", BookingStatus.BOOKED);
    MongoCertificateStore certificates = new MongoCertificateStore(db);
    certificates.insert(
        Certificate.issued(
            "c1", "l1", Certificate.Kind.LEVEL, "inicial", "Nivel inicial", BOOKED, "{}"));
    certificates.insert(
        Certificate.issued(
            "c2", "l2", Certificate.Kind.MODULE, "numeros", "Números", BOOKED, "{}"));
    figures =
        new MongoExamFigures(
            db, Map.of("numeros", "Los números", "intermedio", "Nivel intermedio (primaria)"));
  }

  /** A state coordinator's calendar lists their state's sessions in the range, soonest first. */
  @Test
  void calendarOfAState() {
    List<Dashboard.ExamSlot> slots =
        figures.calendar(new CenterScope.InStates(Set.of("09")), DAY.plusDays(1), DAY.plusDays(30));

    assertThat(
        slots,
        is(
            List.of(
                new Dashboard.ExamSlot(
                    DAY.plusDays(1),
                    LocalTime.of(9, 0),
                    "Plaza Comunitaria Norte",
                    "Los números",
                    1,
                    8),
                new Dashboard.ExamSlot(
                    DAY.plusDays(20),
                    LocalTime.of(9, 0),
                    "Plaza Comunitaria Centro",
                    "Nivel intermedio (primaria)",
                    1,
                    12))));
  }

  /**
   * Results per center and module: cancelled bookings left out, checked-in counted with and without
   * a result, the pass rate over those with a result.
   */
  @Test
  void resultsPerCenterAndModule() {
    List<Dashboard.ExamResult> rows =
        figures.results(new CenterScope.InStates(Set.of("09")), DAY, DAY.plusDays(1));

    assertThat(
        rows,
        is(
            List.of(
                new Dashboard.ExamResult("Plaza Comunitaria Centro", "Los números", 4, 4, 2, 1),
                new Dashboard.ExamResult("Plaza Comunitaria Norte", "Los números", 1, 0, 0, 0))));
    assertThat(rows.getFirst().passRate(), is(OptionalInt.of(67)));
    assertThat(rows.get(1).passRate(), is(OptionalInt.empty()));
  }

  /** A center coordinator sees their center only; another state's coordinator sees nothing. */
  @Test
  void scopesKeepOtherCentersOut() {
    assertThat(
        figures.results(new CenterScope.One("cdmx-02"), DAY, DAY.plusDays(30)).stream()
            .map(Dashboard.ExamResult::center)
            .toList(),
        is(List.of("Plaza Comunitaria Norte")));
    CenterScope oaxaca = new CenterScope.InStates(Set.of("20"));
    assertThat(figures.calendar(oaxaca, DAY, DAY.plusDays(60)), is(List.of()));
    assertThat(figures.results(oaxaca, DAY, DAY.plusDays(60)), is(List.of()));
    assertThat(figures.results(new CenterScope.All(), DAY, DAY).size(), is(2));
  }

  /**
   * The funnel's exam stages count learners: booked (not cancelled), passed, holding a level
   * certificate.
   */
  @Test
  void funnelCountsLearners() {
    assertThat(
        figures.funnel(Optional.empty(), BOOKED.plusSeconds(1)),
        is(new ExamFigures.Later(6, 3, 1)));
    assertThat(
        figures.funnel(Optional.of(Set.of("l1", "l3", "l5")), BOOKED.plusSeconds(1)),
        is(new ExamFigures.Later(2, 1, 1)));
    assertThat(figures.funnel(Optional.empty(), BOOKED), is(new ExamFigures.Later(0, 0, 0)));
  }

  private static Center center(String id, String name, MexicanState state) {
    return new Center(
        id,
        name,
        state,
        "Centro",
        "Calle 1",
        new Coordinates(19.4, -99.1),
        "L-V 9-17",
        "centro@example.org",
        true);
  }

  private static ExamSession session(String center, LocalDate day, String subject, int seats) {
    LocalTime nine = LocalTime.of(9, 0);
    return new ExamSession(
        ExamSession.idFor(center, day, nine), center, subject, day, nine, seats, 0);
  }

  private static void book(
      MongoExamStore store,
      String code,
      String learner,
      String center,
      LocalDate day,
      String module,
      BookingStatus status) {
    String session = ExamSession.idFor(center, day, LocalTime.of(9, 0));
    if (status != BookingStatus.CANCELLED) {
      store.takeSeat(session);
    }
    Booking booking = Booking.of(code, learner, session, module, BOOKED);
    store.insertBooking(booking);
    Booking updated =
        switch (status) {
          case PASSED -> booking.checkedIn("Nombre").withResult(80, true);
          case FAILED -> booking.checkedIn("Nombre").withResult(40, false);
          case CHECKED_IN -> booking.checkedIn("Nombre");
          case CANCELLED -> booking.withStatus(BookingStatus.CANCELLED);
          case NO_SHOW -> booking.withStatus(BookingStatus.NO_SHOW);
          case BOOKED -> booking;
        };
    store.updateBooking(updated);
  }
}
