package mx.aprende.bot.privacy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retention job asks for the right cutoffs, erases in batches and survives failures. */
class RetentionJobTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private final List<Instant> transcriptCutoffs = new ArrayList<>();
  private final List<Instant> silenceCutoffs = new ArrayList<>();
  private final List<String> erased = new ArrayList<>();
  private final List<String> silent = new ArrayList<>(List.of("lk-1", "lk-2", "lk-3"));

  private final LearnerDataEraser eraser =
      new LearnerDataEraser(
          key -> List.of(),
          tallies -> {},
          List.of(
              new PersonalData() {
                @Override
                public String name() {
                  return "sessions";
                }

                @Override
                public long erase(String learnerKey) {
                  erased.add(learnerKey);
                  silent.remove(learnerKey);
                  return 1;
                }
              }));

  private RetentionJob job(Transcripts transcripts) {
    return new RetentionJob(
        transcripts,
        (cutoff, limit) -> {
          silenceCutoffs.add(cutoff);
          return List.copyOf(silent.subList(0, Math.min(limit, silent.size())));
        },
        eraser,
        Duration.ofDays(30),
        Duration.ofDays(730),
        2,
        () -> NOW);
  }

  /** Transcripts older than 30 days are forgotten; learners silent for 730 days are erased. */
  @Test
  void forgetsTranscriptsAndErasesSilentLearnersWithTheirCutoffs() {
    RetentionJob.Run run =
        job(cutoff -> {
              transcriptCutoffs.add(cutoff);
              return Map.of("outbox", 4L);
            })
            .runOnce();

    assertThat(transcriptCutoffs, contains(NOW.minus(Duration.ofDays(30))));
    assertThat(silenceCutoffs, contains(NOW.minus(Duration.ofDays(730))));
    assertThat(run.transcripts(), is(Map.of("outbox", 4L)));
    assertThat(run.learnersErased(), is(2));
    assertThat(erased, contains("lk-1", "lk-2"));
  }

  /** A run erases at most one batch; the next run goes on with the rest. */
  @Test
  void erasesOneBatchPerRun() {
    RetentionJob job = job(cutoff -> Map.of());
    job.runOnce();
    RetentionJob.Run second = job.runOnce();

    assertThat(second.learnersErased(), is(1));
    assertThat(erased, contains("lk-1", "lk-2", "lk-3"));
  }

  /** A failing store is logged and left for the next run, never thrown into the scheduler. */
  @Test
  void aFailureWaitsForTheNextRun() {
    RetentionJob job =
        job(
            cutoff -> {
              throw new IllegalStateException("storage down");
            });
    job.run();
    assertThat(erased.isEmpty(), is(true));
  }

  /** Retention that would erase learners before their transcripts is refused. */
  @Test
  void refusesInactiveRetentionShorterThanTranscripts() {
    assertThat(
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () ->
                    new RetentionJob(
                        cutoff -> Map.of(),
                        (cutoff, limit) -> List.of(),
                        eraser,
                        Duration.ofDays(30),
                        Duration.ofDays(10),
                        10,
                        () -> NOW))
            .getMessage(),
        is("retention must be positive, inactive >= transcripts, batch >= 1"));
  }
}
