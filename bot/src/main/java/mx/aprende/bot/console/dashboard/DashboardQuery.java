package mx.aprende.bot.console.dashboard;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What a dashboard shows.
 *
 * @param learners the learners in scope, or empty for every learner (admins)
 * @param from start of the range, inclusive
 * @param to end of the range, exclusive
 * @param now the instant "active in the last day/week/month" is counted back from
 */
public record DashboardQuery(
    Optional<Set<String>> learners, Instant from, Instant to, Instant now) {

  public DashboardQuery {
    learners = learners.map(Set::copyOf);
  }
}
