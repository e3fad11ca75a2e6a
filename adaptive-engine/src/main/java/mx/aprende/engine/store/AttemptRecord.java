package mx.aprende.engine.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.Item;

/**
 * One entry of the attempts log: who answered which item (with its skills), whether the first
 * answer was right, how many hints were used, how long it took, and when.
 */
public record AttemptRecord(
    String learnerId,
    String itemId,
    List<String> skills,
    boolean correct,
    int hintsUsed,
    Duration responseTime,
    Instant at) {

  /** Copies the skills. */
  public AttemptRecord {
    skills = List.copyOf(skills);
  }

  /** The attempt as the mastery models see it. */
  public Attempt attempt() {
    return new Attempt(new Item(itemId, skills), correct, at.getEpochSecond());
  }
}
