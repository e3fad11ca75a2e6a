package mx.aprende.bot.learning;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Milestones are written once per learner and milestone, and a failed write never escapes. */
class MilestoneRecorderTest {

  private static final Instant AT = Instant.parse("2026-11-28T15:00:00Z");

  /** Seeing the same milestone on every turn writes it once; another module is another write. */
  @Test
  void writesEachMilestoneOnce() {
    Writes writes = new Writes();
    MilestoneRecorder recorder = new MilestoneRecorder(writes);

    recorder.skillMastered("a", AT);
    recorder.skillMastered("a", AT.plusSeconds(60));
    recorder.moduleReady("a", "m1", AT);
    recorder.moduleReady("a", "m1", AT.plusSeconds(60));
    recorder.moduleReady("a", "m2", AT);
    recorder.skillMastered("b", AT);

    assertThat(writes.log, is(List.of("mastered a", "ready a m1", "ready a m2", "mastered b")));
  }

  /** A failed write is swallowed and tried again the next time the milestone is seen. */
  @Test
  void failedWriteIsRetriedLater() {
    Writes writes = new Writes();
    writes.failures = 1;
    MilestoneRecorder recorder = new MilestoneRecorder(writes);

    recorder.skillMastered("a", AT);
    recorder.skillMastered("a", AT);
    recorder.skillMastered("a", AT);

    assertThat(writes.log, is(List.of("mastered a")));
  }

  private static final class Writes implements Milestones {
    final List<String> log = new ArrayList<>();
    int failures;

    @Override
    public void skillMastered(String learnerKey, Instant at) {
      if (failures-- > 0) {
        throw new IllegalStateException("storage down");
      }
      log.add("mastered " + learnerKey);
    }

    @Override
    public void moduleReady(String learnerKey, String moduleId, Instant at) {
      log.add("ready " + learnerKey + " " + moduleId);
    }

    @Override
    public List<String> notBackfilled() {
      return List.of();
    }

    @Override
    public void backfilled(String learnerKey, Instant at) {}
  }
}
