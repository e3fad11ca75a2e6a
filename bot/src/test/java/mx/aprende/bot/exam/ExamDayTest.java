package mx.aprende.bot.exam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.Reply;
import org.junit.jupiter.api.Test;

/** Exam day at the center: check-in by code, results, and what the learner is told. */
class ExamDayTest {

  private static final String ANA = "5215500000002";
  private static final String SESSION = "mex-02-2026-12-05-1100";
  private final ExamFixture f = new ExamFixture();

  /** Check-in takes the code as typed (spaces, lower case) and records the name from the ID. */
  @Test
  void checkInByTypedCode() {
    String code = book();
    Booking checkedIn = f.bookings.checkIn(ExamTexts.spaced(code).toLowerCase(), " Ana López ");
    assertThat(checkedIn.status(), is(BookingStatus.CHECKED_IN));
    assertThat(f.store.roster(SESSION).getFirst().fullName().orElseThrow(), is("Ana López"));
  }

  /** Unknown codes, results without check-in and impossible scores are refused. */
  @Test
  void badInputIsRefused() {
    String code = book();
    assertThrows(ExamException.class, () -> f.bookings.checkIn("ZZZZZZ", "Ana"));
    assertThrows(ExamException.class, () -> f.bookings.recordResult(code, 80, true));
    f.bookings.checkIn(code, "Ana López");
    assertThrows(ExamException.class, () -> f.bookings.recordResult(code, 101, true));
  }

  /** A pass issues what it earns, is announced by template, and opens with congratulations. */
  @Test
  void passIsAnnouncedAndRecognised() {
    String code = book();
    f.bookings.checkIn(code, "Ana López");
    f.bookings.recordResult(code, 87, true);
    f.sent.clear();
    assertThat(f.notifier.tellResults(), is(1));
    assertThat(f.notifier.tellResults(), is(0));
    assertThat(f.issued.stream().map(Booking::code).toList(), contains(code));
    ExamFixture.Sent notice = f.sent.getFirst();
    assertThat(notice.name(), is(ExamNotifier.RESULT_TEMPLATE));
    assertThat(notice.parameters(), contains("Fracciones y porcentajes", "exam:result:" + code));
    String body = ((Reply.Text) tap("exam:result:" + code).getFirst()).body();
    assertThat(body, containsString("Aprobaste el examen de *Fracciones y porcentajes* con 87"));
    assertThat(body, containsString("https://example.test/verify/X"));
    // A passed module is not offered again.
    assertThat(f.desk.readyModules(ANA), is(List.of()));
  }

  /** A fail brings a review plan of the weakest skills and the offer to book again. */
  @Test
  void failBringsReviewPlanAndRebooking() {
    String code = book();
    f.bookings.checkIn(code, "Ana López");
    f.bookings.recordResult(code, 42, false);
    f.notifier.tellResults();
    assertThat(f.issued, is(List.of()));
    Reply.Buttons answer = (Reply.Buttons) tap("exam:result:" + code).getFirst();
    assertThat(answer.body(), containsString("1. Sumar fracciones\n2. Leer fracciones"));
    assertThat(answer.options().getFirst().id(), is("exam:center:mex-02"));
    // The learner can book again right away.
    assertThat(
        ((Reply.Menu) tap("exam:center:mex-02").get(1)).options().getFirst().id(),
        containsString("exam:book:"));
  }

  /** The reminder template goes out once, at 10:00 the day before in the center's zone. */
  @Test
  void reminderTheDayBefore() {
    String code = book();
    f.now.set(Instant.parse("2026-12-04T15:59:00Z"));
    assertThat(f.notifier.remind(), is(0));
    f.now.set(Instant.parse("2026-12-04T16:00:00Z"));
    f.sent.clear();
    assertThat(f.notifier.remind(), is(1));
    assertThat(f.notifier.remind(), is(0));
    ExamFixture.Sent reminder = f.sent.getFirst();
    assertThat(reminder.name(), is(ExamNotifier.REMINDER_TEMPLATE));
    assertThat(
        reminder.parameters(),
        contains(
            "Fracciones y porcentajes",
            "Plaza Comunitaria Ecatepec de Morelos (ejemplo)",
            "Sábado 5 de diciembre, 11:00 h",
            ExamTexts.spaced(code),
            "exam:show:" + code));
  }

  private String book() {
    f.ready(ANA, "fracciones");
    tap("exam:book:" + SESSION + ":fracciones");
    return f.store.bookingsOf(ANA).getFirst().code();
  }

  private List<Reply> tap(String id) {
    return f.desk.answer(ANA, new Inbound.Choice(id, "x")).orElseThrow();
  }
}
