package mx.aprende.bot.exam;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port: exam sessions and bookings. Seats are taken and given back only through {@link
 * #takeSeat(String)} and {@link #releaseSeat(String)}, which must be atomic: many learners booking
 * the last seat at once get it exactly once.
 */
public interface ExamStore {

  /** Adds a session or edits one (date, time, capacity, subject); never changes seats booked. */
  void saveSession(ExamSession session);

  /** {@link #saveSession(ExamSession)} for many sessions in one round trip. */
  void saveSessions(List<ExamSession> sessions);

  Optional<ExamSession> session(String id);

  /** Sessions of a center on or after {@code from}, soonest first. */
  List<ExamSession> sessionsAt(String centerId, LocalDate from);

  /** Every session on or after {@code from}, soonest first. */
  List<ExamSession> sessionsFrom(LocalDate from);

  /** Every session of these centers, past and upcoming, soonest first. */
  List<ExamSession> sessionsOf(Collection<String> centerIds);

  /** Takes one seat if one is left; false when the session is full or unknown. */
  boolean takeSeat(String sessionId);

  /** Gives one seat back (a cancellation); never below zero. */
  void releaseSeat(String sessionId);

  /** Stores a new booking; false when its code is already used (draw another). */
  boolean insertBooking(Booking booking);

  /** Replaces a booking (same code). */
  void updateBooking(Booking booking);

  Optional<Booking> booking(String code);

  /** A learner's bookings, newest first. */
  List<Booking> bookingsOf(String learnerKey);

  /** The bookings of a session that are not cancelled, by code. */
  List<Booking> roster(String sessionId);

  /** Every booking in {@code status}, by code (the exam job looks for no-shows among BOOKED). */
  List<Booking> withStatus(BookingStatus status);

  /** Bookings still waiting for their day-before reminder. */
  List<Booking> awaitingReminder();

  /** Bookings with a result the learner has not been told yet. */
  List<Booking> awaitingResultNotice();
}
