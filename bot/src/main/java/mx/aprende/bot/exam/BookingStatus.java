package mx.aprende.bot.exam;

/**
 * Where a booking is in its life: booked, then cancelled, or checked in and then a result, or
 * marked a no-show the day after an exam the learner never checked in to.
 */
public enum BookingStatus {
  BOOKED,
  CANCELLED,
  CHECKED_IN,
  PASSED,
  FAILED,
  NO_SHOW;

  /** Whether the booking still holds a seat for an exam not yet taken. */
  public boolean upcoming() {
    return this == BOOKED || this == CHECKED_IN;
  }
}
