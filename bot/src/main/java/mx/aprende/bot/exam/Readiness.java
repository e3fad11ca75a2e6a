package mx.aprende.bot.exam;

import java.util.List;

/**
 * Port: what the adaptive engine says about a learner and module exams (adapter over the engine's
 * next activity and mastery, built in the composition root).
 */
public interface Readiness {

  /** A module's exam readiness: ready, or the next thing to learn and the skills still missing. */
  sealed interface Verdict {
    /** Every skill of the module is mastered: "ready for the module exam". */
    record Ready(String moduleId) implements Verdict {}

    /** Not ready yet: what comes next and the skills not mastered, weakest first. */
    record NotYet(String moduleId, String nextStep, List<String> missingSkills)
        implements Verdict {}

    /** The module needs earlier modules first. */
    record Locked(String moduleId) implements Verdict {}
  }

  Verdict of(String learnerKey, String moduleId);

  /** The module's skills this learner masters least, weakest first, at most {@code max}. */
  List<String> weakestSkills(String learnerKey, String moduleId, int max);
}
