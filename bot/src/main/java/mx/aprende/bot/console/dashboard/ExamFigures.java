package mx.aprende.bot.console.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: what the dashboard reads from the exams feature's storage (sessions, bookings,
 * certificates), in the dashboard's own terms. The exams feature owns that storage; this port is
 * the dashboard's read-only view of it.
 */
public interface ExamFigures {

  /**
   * Sessions of the centers in scope dated {@code first} to {@code last} (inclusive), soonest
   * first.
   */
  List<Dashboard.ExamSlot> calendar(CenterScope centers, LocalDate first, LocalDate last);

  /**
   * Bookings of sessions of the centers in scope dated {@code first} to {@code last} (inclusive),
   * counted per center and module, by center name then module.
   */
  List<Dashboard.ExamResult> results(CenterScope centers, LocalDate first, LocalDate last);

  /**
   * Learners (of {@code learners}, or every learner) who booked an exam, passed one, and hold a
   * level certificate, before {@code before}.
   */
  Later funnel(Optional<Set<String>> learners, Instant before);

  /**
   * The funnel's last three stages, in learners.
   *
   * @param booked learners with a booking that was not cancelled
   * @param passed learners who passed a module exam
   * @param certified learners holding a valid level certificate
   */
  record Later(long booked, long passed, long certified) {}
}
