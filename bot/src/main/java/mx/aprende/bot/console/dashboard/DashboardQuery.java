package mx.aprende.bot.console.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * What a dashboard shows.
 *
 * @param learners the learners in scope, or empty for every learner (admins)
 * @param centers the exam centers in scope
 * @param firstDay first day of the range (UTC), inclusive
 * @param lastDay last day of the range (UTC), inclusive
 * @param now the instant "active in the last day/week/month" is counted back from
 */
public record DashboardQuery(
    Optional<Set<String>> learners,
    CenterScope centers,
    LocalDate firstDay,
    LocalDate lastDay,
    Instant now) {

  /** Exam sessions are dated in the centers' local time; central Mexico's date stands for all. */
  private static final ZoneId CENTERS = ZoneId.of("America/Mexico_City");

  public DashboardQuery {
    learners = learners.map(Set::copyOf);
  }

  /** Start of the range, inclusive. */
  public Instant from() {
    return firstDay.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** End of the range, exclusive: the start of the day after {@code lastDay}. */
  public Instant to() {
    return lastDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** Today at the centers, for "upcoming" exam sessions. */
  public LocalDate today() {
    return LocalDate.ofInstant(now, CENTERS);
  }
}
