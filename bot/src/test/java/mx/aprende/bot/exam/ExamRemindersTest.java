package mx.aprende.bot.exam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.stream.Stream;
import mx.aprende.bot.region.MexicanState;
import mx.aprende.bot.region.QuietHours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExamRemindersTest {

  private static final ExamReminders REMINDERS = new ExamReminders(QuietHours.DEFAULT);
  private static final ExamSession SESSION =
      new ExamSession(
          "s1", "c1", "intermedio", LocalDate.of(2026, 12, 10), LocalTime.of(9, 0), 20, 1);

  /**
   * The reminder goes at 10:00 local time the day before, in the state's own zone: Cancún is UTC−5,
   * Mexico City UTC−6, Hermosillo UTC−7 and Tijuana UTC−8 in December.
   */
  static Stream<Arguments> zones() {
    return Stream.of(
        Arguments.of(MexicanState.QUINTANA_ROO, "2026-12-09T15:00:00Z"),
        Arguments.of(MexicanState.CIUDAD_DE_MEXICO, "2026-12-09T16:00:00Z"),
        Arguments.of(MexicanState.SONORA, "2026-12-09T17:00:00Z"),
        Arguments.of(MexicanState.BAJA_CALIFORNIA, "2026-12-09T18:00:00Z"));
  }

  /** The reminder is planned for 10:00 the day before in each time zone. */
  @ParameterizedTest
  @MethodSource("zones")
  void tenInTheMorningTheDayBefore(MexicanState state, String expected) {
    Booking booking = booked("2026-12-01T12:00:00Z");
    assertThat(REMINDERS.sendAt(booking, SESSION, state.zone()), is(Optional.of(at(expected))));
    assertThat(
        REMINDERS.isDue(booking, SESSION, state.zone(), at(expected).minusSeconds(60)), is(false));
    assertThat(REMINDERS.isDue(booking, SESSION, state.zone(), at(expected)), is(true));
  }

  /** A booking made the evening before (after 10:00) is reminded at once. */
  @Test
  void lateBookingIsRemindedAtOnce() {
    // 2026-12-09 17:00 in Mexico City.
    Booking booking = booked("2026-12-09T23:00:00Z");
    assertThat(
        REMINDERS.sendAt(booking, SESSION, MexicanState.JALISCO.zone()),
        is(Optional.of(at("2026-12-09T23:00:00Z"))));
  }

  /** A booking made during quiet hours the night before waits until 08:00, before the exam. */
  @Test
  void quietHoursAreRespected() {
    // 2026-12-09 22:30 in Mexico City: quiet until 08:00, exam at 09:00.
    Booking booking = booked("2026-12-10T04:30:00Z");
    assertThat(
        REMINDERS.sendAt(booking, SESSION, MexicanState.PUEBLA.zone()),
        is(Optional.of(at("2026-12-10T14:00:00Z"))));
    assertThat(
        REMINDERS.isDue(booking, SESSION, MexicanState.PUEBLA.zone(), at("2026-12-10T05:00:00Z")),
        is(false));
  }

  /** No reminder once sent, once cancelled, or after the exam started. */
  @Test
  void noReminderWhenNotNeeded() {
    Booking booking = booked("2026-12-01T12:00:00Z");
    assertThat(
        REMINDERS.sendAt(booking.withReminded(), SESSION, MexicanState.PUEBLA.zone()),
        is(Optional.empty()));
    assertThat(
        REMINDERS.sendAt(
            booking.withStatus(BookingStatus.CANCELLED), SESSION, MexicanState.PUEBLA.zone()),
        is(Optional.empty()));
    assertThat(
        REMINDERS.isDue(booking, SESSION, MexicanState.PUEBLA.zone(), at("2026-12-10T15:30:00Z")),
        is(false));
  }

  private static Booking booked(String at) {
    return Booking.of("K7PQ3M", "learner", SESSION.id(), "fracciones", at(at));
  }

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }
}
