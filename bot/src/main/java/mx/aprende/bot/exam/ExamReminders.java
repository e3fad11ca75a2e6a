package mx.aprende.bot.exam;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import mx.aprende.bot.region.QuietHours;

/**
 * When the day-before reminder of a booking is due. Pure: the caller passes the current instant
 * (from its injected clock) and the time zone of the state where the center is (the learner travels
 * there, so that is the clock that matters).
 *
 * <p>The reminder goes at {@link #HOUR} local time the day before the exam: late enough in the
 * morning to be seen, early enough to arrange the trip. A booking made after that moment is
 * reminded at once (outside quiet hours); none is sent once the exam has started.
 */
public final class ExamReminders {

  /** The local time of the day-before reminder. */
  public static final LocalTime HOUR = LocalTime.of(10, 0);

  private final QuietHours quiet;

  public ExamReminders(QuietHours quiet) {
    this.quiet = quiet;
  }

  /** The instant the reminder of {@code session} is planned for, in {@code zone}. */
  public Instant plannedAt(ExamSession session, ZoneId zone) {
    return LocalDateTime.of(session.date().minusDays(1), HOUR).atZone(zone).toInstant();
  }

  /**
   * When to send the reminder of {@code booking}: empty when it was already sent, the booking is no
   * longer upcoming, or the exam has started.
   */
  public Optional<Instant> sendAt(Booking booking, ExamSession session, ZoneId zone) {
    Instant start = LocalDateTime.of(session.date(), session.time()).atZone(zone).toInstant();
    if (booking.reminded() || booking.status() != BookingStatus.BOOKED) {
      return Optional.empty();
    }
    Instant planned = plannedAt(session, zone);
    Instant earliest = booking.bookedAt().isAfter(planned) ? booking.bookedAt() : planned;
    Instant at = quiet.nextAllowed(earliest, zone);
    return at.isBefore(start) ? Optional.of(at) : Optional.empty();
  }

  /** Whether the reminder of {@code booking} should go out at {@code now}. */
  public boolean isDue(Booking booking, ExamSession session, ZoneId zone, Instant now) {
    Instant start = LocalDateTime.of(session.date(), session.time()).atZone(zone).toInstant();
    return now.isBefore(start)
        && !quiet.isQuiet(now, zone)
        && sendAt(booking, session, zone).filter(at -> !at.isAfter(now)).isPresent();
  }
}
