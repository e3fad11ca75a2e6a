package mx.aprende.bot.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Erases one learner: their progress is first added to the anonymous per-module counters, then
 * every store holding personal data forgets them (profile and session, transcripts in and out,
 * reminders, engine state and attempts, and whatever stores the composition root adds). Safe to run
 * twice: a second run finds nothing and adds nothing but an empty tally.
 */
public final class LearnerDataEraser {

  private static final Logger LOG = Logger.getLogger(LearnerDataEraser.class.getName());

  /**
   * What was erased.
   *
   * @param deleted records deleted per store name, in the order erased
   * @param tallies what went into the anonymous counters
   */
  public record Erasure(Map<String, Long> deleted, List<ModuleTally> tallies) {}

  private final ProgressSummary progress;
  private final AnonymousAggregates aggregates;
  private final List<PersonalData> stores;

  public LearnerDataEraser(
      ProgressSummary progress, AnonymousAggregates aggregates, List<PersonalData> stores) {
    this.progress = progress;
    this.aggregates = aggregates;
    this.stores = List.copyOf(stores);
  }

  /** Erases the learner with {@code learnerKey} from every store. */
  public Erasure erase(String learnerKey) {
    List<ModuleTally> tallies = progress.of(learnerKey);
    if (!tallies.isEmpty()) {
      aggregates.add(tallies);
    }
    Map<String, Long> deleted = new LinkedHashMap<>();
    for (PersonalData store : stores) {
      deleted.put(store.name(), store.erase(learnerKey));
    }
    // Counts only: the key itself is personal data.
    LOG.info("Learner data erased on request: " + deleted);
    return new Erasure(deleted, tallies);
  }
}
