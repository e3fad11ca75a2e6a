package mx.aprende.bot.observe;

import java.time.Instant;

/** Counts learners by recent activity, for the active-learner gauges. */
public interface LearnerActivity {

  /** The number of learners whose last message arrived at or after {@code since}. */
  long activeSince(Instant since);
}
