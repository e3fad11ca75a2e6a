package mx.aprende.bot.learning;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes milestones as the learning path observes them, at most once per learner and milestone in
 * this process: the engine reports "mastered" and "exam ready" on every turn after they happen, and
 * the message path should not pay a database write for each. A failed write is logged and dropped:
 * a dashboard figure must never break a learner's turn (the next observation writes it again).
 */
final class MilestoneRecorder {

  private static final Logger LOG = Logger.getLogger(MilestoneRecorder.class.getName());

  private final Milestones milestones;
  private final Cache<String, Boolean> written = Caffeine.newBuilder().maximumSize(200_000).build();

  MilestoneRecorder(Milestones milestones) {
    this.milestones = milestones;
  }

  void skillMastered(String learnerKey, Instant at) {
    once("mastered\u0000" + learnerKey, () -> milestones.skillMastered(learnerKey, at));
  }

  void moduleReady(String learnerKey, String moduleId, Instant at) {
    once(
        "ready\u0000" + learnerKey + "\u0000" + moduleId,
        () -> milestones.moduleReady(learnerKey, moduleId, at));
  }

  private void once(String key, Runnable write) {
    if (written.getIfPresent(key) != null) {
      return;
    }
    try {
      write.run();
      written.put(key, Boolean.TRUE);
    } catch (RuntimeException e) {
      // The learner key is personal data: the log says what failed, not for whom.
      LOG.log(Level.WARNING, "Could not record a learning milestone", e);
    }
  }
}
