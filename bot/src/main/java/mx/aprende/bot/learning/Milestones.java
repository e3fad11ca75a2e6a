package mx.aprende.bot.learning;

import java.time.Instant;
import java.util.List;

/**
 * Port: when a learner first reached the engine's funnel milestones, for dashboards. A milestone
 * keeps the earliest date ever written for it, so writing one again is harmless.
 *
 * <ul>
 *   <li><em>first skill mastered</em>: the engine's verdict on a skill turned to mastered (its
 *       mastery estimate reached the policy's threshold, or placement's "known" was confirmed);
 *   <li><em>module ready</em>: the policy offered a module's exam ({@link
 *       mx.aprende.engine.policy.Activity.ModuleExam}), the rule the exam dialog uses to offer
 *       booking.
 * </ul>
 */
public interface Milestones {

  /** The learner has a mastered skill as of {@code at}. */
  void skillMastered(String learnerKey, Instant at);

  /** The learner was ready for the exam of {@code moduleId} as of {@code at}. */
  void moduleReady(String learnerKey, String moduleId, Instant at);

  /**
   * Learners the engine keeps a state for whose milestones were never worked out from that state
   * (they learned before milestones were recorded): the start-up backfill's work list.
   */
  List<String> notBackfilled();

  /** The backfill worked out this learner's milestones (whether it found any or not). */
  void backfilled(String learnerKey, Instant at);
}
