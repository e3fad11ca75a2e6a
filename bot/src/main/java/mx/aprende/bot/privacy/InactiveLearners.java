package mx.aprende.bot.privacy;

import java.time.Instant;
import java.util.List;

/** Finds learners who have not written since a date. */
public interface InactiveLearners {

  /** Up to {@code limit} keys of learners whose last message is older than {@code cutoff}. */
  List<String> silentSince(Instant cutoff, int limit);
}
