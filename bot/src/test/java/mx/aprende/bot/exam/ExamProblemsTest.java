package mx.aprende.bot.exam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import mx.aprende.bot.conversation.Inbound;
import org.junit.jupiter.api.Test;

/** What the exam feature reports as problems: no-shows, repeated fails, failed bookings. */
class ExamProblemsTest {

  private static final String ANA = "5215500000002";
  private static final String SESSION = "mex-02-2026-12-05-1100";
  private static final String LATER = "mex-02-2026-12-12-1100";
  private final ExamFixture f = new ExamFixture();

  /** A booking never checked in becomes a no-show at local midnight after the exam, once. */
  @Test
  void noShowTheDayAfter() {
    String code = book(SESSION);
    // 23:59 on the exam day in Mexico City (UTC-6): still the exam day.
    f.now.set(Instant.parse("2026-12-06T05:59:00Z"));
    assertThat(f.notifier.markNoShows(), is(0));
    f.now.set(Instant.parse("2026-12-06T06:00:00Z"));
    assertThat(f.notifier.markNoShows(), is(1));
    assertThat(f.notifier.markNoShows(), is(0));
    assertThat(f.store.booking(code).orElseThrow().status(), is(BookingStatus.NO_SHOW));
    assertThat(
        f.problems,
        contains(
            new ExamProblem.NoShow(
                ANA,
                "Fracciones y porcentajes",
                "Plaza Comunitaria Ecatepec de Morelos (ejemplo)",
                LocalDate.of(2026, 12, 5))));
  }

  /** A checked-in learner is no no-show. */
  @Test
  void checkedInIsNoNoShow() {
    String code = book(SESSION);
    f.bookings.checkIn(code, "Ana López");
    f.now.set(Instant.parse("2026-12-07T06:00:00Z"));
    assertThat(f.notifier.markNoShows(), is(0));
    assertThat(f.problems, is(List.of()));
  }

  /** The first fail is the review plan's business; the second fail of a module is reported. */
  @Test
  void secondFailIsReported() {
    fail(book(SESSION));
    f.notifier.tellResults();
    assertThat(f.problems, is(List.of()));
    f.now.set(f.now.get().plusSeconds(3600));
    fail(book(LATER));
    f.notifier.tellResults();
    assertThat(
        f.problems, contains(new ExamProblem.FailedAgain(ANA, "Fracciones y porcentajes", 2)));
  }

  /** Asking for a seat in a full session reports a failed booking. */
  @Test
  void fullSessionIsReported() {
    f.store.saveSession(
        new ExamSession(
            SESSION, "mex-02", "intermedio", LocalDate.of(2026, 12, 5), LocalTime.of(11, 0), 0, 0));
    book(SESSION);
    assertThat(
        f.problems, contains(new ExamProblem.BookingFailed(ANA, SESSION, ExamProblem.Why.FULL)));
  }

  private String book(String session) {
    f.ready(ANA, "fracciones");
    f.desk.answer(ANA, new Inbound.Choice("exam:book:" + session + ":fracciones", "x"));
    return f.store.bookingsOf(ANA).isEmpty() ? "" : f.store.bookingsOf(ANA).getFirst().code();
  }

  private void fail(String code) {
    f.bookings.checkIn(code, "Ana López");
    f.bookings.recordResult(code, 40, false);
  }
}
