package mx.aprende.engine.mastery;

/**
 * A learner's running record on one skill, one item, or overall: wins, attempts, and the outcomes
 * of the last 32 attempts as bits (bit 0 = most recent), from which windowed counts are read.
 */
final class Counts {

  static final Counts NONE = new Counts();

  private int wins;
  private int attempts;
  private int recent;

  void record(boolean correct) {
    if (this == NONE) {
      throw new IllegalStateException("the shared empty record is read-only");
    }
    wins += correct ? 1 : 0;
    attempts++;
    recent = (recent << 1) | (correct ? 1 : 0);
  }

  int wins() {
    return wins;
  }

  int attempts() {
    return attempts;
  }

  /** Wins among the last {@code window} attempts (window ≤ 32). */
  int recentWins(int window) {
    int mask = window >= 32 ? -1 : (1 << window) - 1;
    return Integer.bitCount(recent & mask);
  }

  /** Attempts among the last {@code window}: the window or fewer when there were fewer. */
  int recentAttempts(int window) {
    return Math.min(window, attempts);
  }
}
