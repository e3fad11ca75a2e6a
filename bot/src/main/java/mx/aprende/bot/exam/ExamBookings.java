package mx.aprende.bot.exam;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The booking use cases: book, cancel, reschedule, check in and record results. Capacity is never
 * exceeded because a booking first takes a seat atomically in the store and only then writes
 * itself; a failed write gives the seat back.
 */
public final class ExamBookings {

  /** Draws before giving up on a free code; a clash is one in a billion per existing code. */
  private static final int CODE_ATTEMPTS = 8;

  private final ExamStore store;
  private final Centers centers;
  private final BookingCodes codes;
  private final InstantSource clock;

  public ExamBookings(ExamStore store, Centers centers, BookingCodes codes, InstantSource clock) {
    this.store = store;
    this.centers = centers;
    this.codes = codes;
    this.clock = clock;
  }

  /** Books a seat for {@code learnerKey} at {@code sessionId} to sit {@code moduleId}'s exam. */
  public BookingResult book(String learnerKey, String sessionId, String moduleId) {
    Optional<ExamSession> found = store.session(sessionId).filter(this::notStarted);
    if (found.isEmpty()) {
      return new BookingResult.Unavailable();
    }
    Optional<Booking> existing = upcoming(learnerKey, moduleId);
    if (existing.isPresent()) {
      return new BookingResult.AlreadyBooked(existing.get());
    }
    if (!store.takeSeat(sessionId)) {
      return new BookingResult.Full(found.get());
    }
    for (int i = 0; i < CODE_ATTEMPTS; i++) {
      Booking booking = Booking.of(codes.next(), learnerKey, sessionId, moduleId, clock.instant());
      if (store.insertBooking(booking)) {
        return new BookingResult.Booked(booking, store.session(sessionId).orElseThrow());
      }
    }
    store.releaseSeat(sessionId);
    throw new ExamException("no free booking code after " + CODE_ATTEMPTS + " draws");
  }

  /** Cancels the learner's booking {@code code} and frees its seat; false if not theirs. */
  public boolean cancel(String learnerKey, String code) {
    Optional<Booking> booking =
        store
            .booking(code)
            .filter(b -> b.learnerKey().equals(learnerKey) && b.status() == BookingStatus.BOOKED);
    booking.ifPresent(
        b -> {
          store.updateBooking(b.withStatus(BookingStatus.CANCELLED));
          store.releaseSeat(b.sessionId());
        });
    return booking.isPresent();
  }

  /**
   * Moves booking {@code code} to {@code sessionId}: the new seat is taken first, so a learner
   * never ends up with no seat at all.
   */
  public BookingResult reschedule(String learnerKey, String code, String sessionId) {
    Optional<Booking> old =
        store
            .booking(code)
            .filter(b -> b.learnerKey().equals(learnerKey) && b.status() == BookingStatus.BOOKED);
    if (old.isEmpty()) {
      return new BookingResult.Unavailable();
    }
    store.updateBooking(old.get().withStatus(BookingStatus.CANCELLED));
    BookingResult result = book(learnerKey, sessionId, old.get().moduleId());
    if (result instanceof BookingResult.Booked) {
      store.releaseSeat(old.get().sessionId());
    } else {
      store.updateBooking(old.get());
    }
    return result;
  }

  /** The learner's upcoming booking for a module, if any. */
  public Optional<Booking> upcoming(String learnerKey, String moduleId) {
    return store.bookingsOf(learnerKey).stream()
        .filter(b -> b.moduleId().equals(moduleId) && b.status().upcoming())
        .findFirst();
  }

  /**
   * Check-in at the center: staff found the code (typed or scanned) and wrote the name from the
   * learner's ID.
   *
   * @throws ExamException for an unknown, cancelled or already graded code
   */
  public Booking checkIn(String typedCode, String fullName) {
    Booking booking = existing(typedCode);
    if (!booking.status().upcoming()) {
      throw new ExamException("booking " + booking.code() + " is " + booking.status());
    }
    if (fullName.isBlank()) {
      throw new ExamException("write the learner's full name as on their ID");
    }
    Booking checkedIn = booking.checkedIn(fullName.strip());
    store.updateBooking(checkedIn);
    return checkedIn;
  }

  /**
   * Records the result of a checked-in learner; the learner is told by the result notifier.
   *
   * @throws ExamException when the learner did not check in or the score is not 0–100
   */
  public Booking recordResult(String typedCode, int score, boolean passed) {
    Booking booking = existing(typedCode);
    if (booking.status() != BookingStatus.CHECKED_IN
        && booking.status() != BookingStatus.PASSED
        && booking.status() != BookingStatus.FAILED) {
      throw new ExamException("booking " + booking.code() + " has not checked in");
    }
    if (score < 0 || score > 100) {
      throw new ExamException("a score is between 0 and 100, not " + score);
    }
    Booking graded = booking.withResult(score, passed);
    store.updateBooking(graded);
    return graded;
  }

  private Booking existing(String typedCode) {
    String code =
        BookingCodes.parse(typedCode)
            .orElseThrow(() -> new ExamException("not a booking code: " + typedCode));
    return store.booking(code).orElseThrow(() -> new ExamException("no booking " + code));
  }

  private boolean notStarted(ExamSession session) {
    return centers
        .find(session.centerId())
        .map(
            c ->
                LocalDateTime.of(session.date(), session.time())
                    .atZone(c.state().zone())
                    .toInstant()
                    .isAfter(clock.instant()))
        .orElse(false);
  }

  /** Today's date at a center, for listing its sessions. */
  public LocalDate today(Center center) {
    return LocalDate.ofInstant(clock.instant(), center.state().zone());
  }
}
