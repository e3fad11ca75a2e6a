package mx.aprende.engine.mastery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountsTest {

  /** Windowed counts see only the most recent outcomes; totals see all of them. */
  @Test
  void windowsCountRecentOutcomes() {
    Counts c = new Counts();
    for (boolean b : new boolean[] {true, true, true, false, false, true}) {
      c.record(b);
    }
    assertThat(c.wins(), is(4));
    assertThat(c.attempts(), is(6));
    assertThat(c.recentWins(3), is(1));
    assertThat(c.recentWins(10), is(4));
    assertThat(c.recentAttempts(3), is(3));
    assertThat(c.recentAttempts(10), is(6));
  }

  /** Outcomes older than 32 attempts drop out of the window bits. */
  @Test
  void windowForgetsBeyondThirtyTwo() {
    Counts c = new Counts();
    c.record(true);
    for (int i = 0; i < 32; i++) {
      c.record(false);
    }
    assertThat(c.recentWins(32), is(0));
    assertThat(c.wins(), is(1));
  }

  /** The shared empty record cannot be written to. */
  @Test
  void sharedEmptyRecordIsReadOnly() {
    assertThrows(IllegalStateException.class, () -> Counts.NONE.record(true));
  }
}
