package mx.aprende.bot.exam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mx.aprende.bot.conversation.Inbound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The console's exam-day use cases: sessions, their checks, roster, check-in and results. */
class ExamDayScreensTest {

  private static final String ANA = "5215500000002";
  private static final String SESSION = "mex-02-2026-12-05-1100";
  private final ExamFixture f = new ExamFixture();
  private final AtomicInteger jobRuns = new AtomicInteger();
  private final ExamDay day =
      new ExamDay(
          f.centers,
          f.store,
          f.bookings,
          ExamFixture.CATALOG,
          key -> key.equals(ANA) ? Optional.of("Ana") : Optional.empty(),
          jobRuns::incrementAndGet,
          f.clock);

  /** A new session is stored under its center, date and time; the same slot twice is refused. */
  @Test
  void createsASessionOnce() {
    ExamSession s =
        day.create("cdmx-01", "fracciones", LocalDate.of(2026, 12, 9), LocalTime.of(10, 0), 12);
    assertThat(s.id(), is("cdmx-01-2026-12-09-1000"));
    assertThat(f.store.session(s.id()).orElseThrow().capacity(), is(12));
    ExamException again =
        assertThrows(
            ExamException.class,
            () ->
                day.create(
                    "cdmx-01", "inicial", LocalDate.of(2026, 12, 9), LocalTime.of(10, 0), 5));
    assertThat(again.getMessage(), containsString("Ya hay un examen"));
  }

  /** Each row: a wrong field → the Spanish reason staff read (the clock is 2026-11-30 12:00). */
  @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "quimica | 2026-12-09 | 10:00 | 10 | Elige un módulo o un nivel",
        "fracciones | 2026-11-29 | 10:00 | 10 | La fecha ya pasó",
        "fracciones | 2026-11-30 | 11:00 | 10 | Esa hora de hoy ya pasó",
        "fracciones | 2028-01-10 | 10:00 | 10 | un año de anticipación",
        "fracciones | 2026-12-09 | 06:30 | 10 | La hora de inicio va de 07:00 a 20:00",
        "fracciones | 2026-12-09 | 21:00 | 10 | La hora de inicio va de 07:00 a 20:00",
        "intermedio | 2026-12-09 | 10:00 | 0 | El cupo va de 1 a 500",
        "intermedio | 2026-12-09 | 10:00 | 501 | El cupo va de 1 a 500",
      })
  void refusesWrongFields(String subject, String date, String time, int capacity, String why) {
    ExamException e =
        assertThrows(
            ExamException.class,
            () ->
                day.create(
                    "cdmx-01", subject, LocalDate.parse(date), LocalTime.parse(time), capacity));
    assertThat(e.getMessage(), containsString(why));
  }

  /** Once someone booked, only the capacity may change, and not below the seats taken. */
  @Test
  void editAfterBookingsChangesCapacityOnly() {
    book();
    ExamSession s = f.store.session(SESSION).orElseThrow();
    assertThat(s.booked(), is(1));
    ExamException moved =
        assertThrows(
            ExamException.class,
            () -> day.edit(SESSION, s.subject(), s.date().plusDays(1), s.time(), 15));
    assertThat(moved.getMessage(), containsString("solo puedes cambiar el cupo"));
    ExamException below =
        assertThrows(
            ExamException.class, () -> day.edit(SESSION, s.subject(), s.date(), s.time(), 0));
    assertThat(below.getMessage(), containsString("El cupo"));
    assertThat(day.edit(SESSION, s.subject(), s.date(), s.time(), 30).capacity(), is(30));
    assertThat(f.store.session(SESSION).orElseThrow().booked(), is(1));
  }

  /** The roster shows the code, the learner's first name and the module; nothing more. */
  @Test
  void rosterShowsWhatStaffNeed() {
    String code = book();
    List<ExamDay.RosterLine> roster = day.roster(SESSION);
    assertThat(roster.size(), is(1));
    assertThat(roster.getFirst().booking().code(), is(code));
    assertThat(roster.getFirst().displayName(), is(Optional.of("Ana")));
    assertThat(roster.getFirst().moduleTitle(), is("Fracciones y porcentajes"));
  }

  /** Check-in needs this session's code and a full name; then a result reaches the job at once. */
  @Test
  void checkInThenResult() {
    String code = book();
    String other = "mex-02-2026-12-12-1100";
    assertThat(
        assertThrows(ExamException.class, () -> day.checkIn(other, code, "Ana López Pérez"))
            .getMessage(),
        containsString("no es de este examen"));
    assertThat(
        assertThrows(ExamException.class, () -> day.checkIn(SESSION, code, "Ana")).getMessage(),
        containsString("nombre completo"));
    assertThat(
        assertThrows(ExamException.class, () -> day.recordResult(SESSION, code, 90, true))
            .getMessage(),
        containsString("Primero registra la llegada"));
    Booking in = day.checkIn(SESSION, ExamTexts.spaced(code).toLowerCase(), " Ana  López Pérez ");
    assertThat(in.fullName(), is(Optional.of("Ana López Pérez")));
    assertThat(jobRuns.get(), is(0));
    Booking graded = day.recordResult(SESSION, code, 90, true);
    assertThat(graded.status(), is(BookingStatus.PASSED));
    assertThat(jobRuns.get(), is(1));
    // The job then tells the learner, as after ./tutor exam result.
    assertThat(f.notifier.tellResults(), is(1));
  }

  /** Sessions are listed for the given centers only; a day that is over at the center is past. */
  @Test
  void sessionsOfSomeCenters() {
    Center ecatepec = f.centers.find("mex-02").orElseThrow();
    List<ExamDay.Sitting> listed = day.sessions(List.of(ecatepec));
    assertThat(listed.stream().allMatch(x -> x.center().id().equals("mex-02")), is(true));
    assertThat(listed.size(), is(6));
    assertThat(listed.stream().anyMatch(day::past), is(false));
    f.now.set(f.now.get().plusSeconds(14 * 24 * 3600));
    assertThat(listed.stream().allMatch(day::past), is(true));
  }

  private String book() {
    f.ready(ANA, "fracciones");
    f.desk.answer(ANA, new Inbound.Choice("exam:book:" + SESSION + ":fracciones", "x"));
    return f.store.bookingsOf(ANA).getFirst().code();
  }
}
