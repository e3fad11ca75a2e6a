package mx.aprende.bot.exam;

/** What happened when a learner asked for a seat. */
public sealed interface BookingResult {

  /** A seat is theirs. */
  record Booked(Booking booking, ExamSession session) implements BookingResult {}

  /** No seat left. */
  record Full(ExamSession session) implements BookingResult {}

  /** The learner already has an upcoming booking for this module. */
  record AlreadyBooked(Booking booking) implements BookingResult {}

  /** No such session, or it is in the past. */
  record Unavailable() implements BookingResult {}
}
