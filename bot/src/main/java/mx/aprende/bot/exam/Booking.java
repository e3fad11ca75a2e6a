package mx.aprende.bot.exam;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A learner's seat at one exam session.
 *
 * @param code the short code the learner shows at the center (see {@link BookingCodes})
 * @param learnerKey the learner's channel key (personal: never logged)
 * @param sessionId the session
 * @param moduleId the module whose exam the learner takes
 * @param status where the booking is
 * @param bookedAt when it was made
 * @param fullName the legal name as written by staff at check-in from the learner's ID (personal)
 * @param score the exam score, 0 to 100, once entered
 * @param reminded whether the day-before reminder was sent
 * @param resultNotified whether the learner was told the result
 */
public record Booking(
    String code,
    String learnerKey,
    String sessionId,
    String moduleId,
    BookingStatus status,
    Instant bookedAt,
    Optional<String> fullName,
    OptionalInt score,
    boolean reminded,
    boolean resultNotified) {

  /** A new booking. */
  public static Booking of(
      String code, String learnerKey, String sessionId, String moduleId, Instant at) {
    return new Booking(
        code,
        learnerKey,
        sessionId,
        moduleId,
        BookingStatus.BOOKED,
        at,
        Optional.empty(),
        OptionalInt.empty(),
        false,
        false);
  }

  public Booking withStatus(BookingStatus next) {
    return new Booking(
        code,
        learnerKey,
        sessionId,
        moduleId,
        next,
        bookedAt,
        fullName,
        score,
        reminded,
        resultNotified);
  }

  public Booking checkedIn(String name) {
    return new Booking(
        code,
        learnerKey,
        sessionId,
        moduleId,
        BookingStatus.CHECKED_IN,
        bookedAt,
        Optional.of(name),
        score,
        reminded,
        resultNotified);
  }

  public Booking withResult(int points, boolean passed) {
    return new Booking(
        code,
        learnerKey,
        sessionId,
        moduleId,
        passed ? BookingStatus.PASSED : BookingStatus.FAILED,
        bookedAt,
        fullName,
        OptionalInt.of(points),
        reminded,
        false);
  }

  public Booking withReminded() {
    return new Booking(
        code,
        learnerKey,
        sessionId,
        moduleId,
        status,
        bookedAt,
        fullName,
        score,
        true,
        resultNotified);
  }

  public Booking withResultNotified() {
    return new Booking(
        code, learnerKey, sessionId, moduleId, status, bookedAt, fullName, score, reminded, true);
  }
}
