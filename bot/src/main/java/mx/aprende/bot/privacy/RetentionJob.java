package mx.aprende.bot.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scheduled job that keeps personal data only as long as the privacy notice says: message text
 * older than the transcript retention is deleted, and learners silent for longer than the inactive
 * retention are erased exactly as if they had asked ("borrar mis datos"), their progress first
 * folded into the anonymous counters.
 *
 * <p>Each run erases at most {@code batch} learners so one run stays short; the next run goes on. A
 * failure is logged and waits for the next run: nothing here is urgent to the minute.
 */
public final class RetentionJob implements Runnable {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  /**
   * What one run did.
   *
   * @param transcripts records deleted or emptied per store
   * @param learnersErased learners erased for inactivity
   */
  public record Run(Map<String, Long> transcripts, int learnersErased) {}

  private final Transcripts transcripts;
  private final InactiveLearners inactive;
  private final LearnerDataEraser eraser;
  private final Duration transcriptRetention;
  private final Duration inactiveRetention;
  private final int batch;
  private final InstantSource clock;

  public RetentionJob(
      Transcripts transcripts,
      InactiveLearners inactive,
      LearnerDataEraser eraser,
      Duration transcriptRetention,
      Duration inactiveRetention,
      int batch,
      InstantSource clock) {
    if (transcriptRetention.isNegative()
        || transcriptRetention.isZero()
        || inactiveRetention.compareTo(transcriptRetention) < 0
        || batch < 1) {
      throw new IllegalArgumentException(
          "retention must be positive, inactive >= transcripts, batch >= 1");
    }
    this.transcripts = transcripts;
    this.inactive = inactive;
    this.eraser = eraser;
    this.transcriptRetention = transcriptRetention;
    this.inactiveRetention = inactiveRetention;
    this.batch = batch;
    this.clock = clock;
  }

  @Override
  public void run() {
    try {
      runOnce();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Retention run failed; retrying at the next run", e);
    }
  }

  /** One pass: old transcripts, then one batch of inactive learners. */
  public Run runOnce() {
    Instant now = clock.instant();
    Map<String, Long> forgotten = transcripts.forgetBefore(now.minus(transcriptRetention));
    List<String> silent = inactive.silentSince(now.minus(inactiveRetention), batch);
    for (String learnerKey : silent) {
      eraser.erase(learnerKey);
    }
    long total = forgotten.values().stream().mapToLong(Long::longValue).sum();
    if (total > 0 || !silent.isEmpty()) {
      // Counts only: keys and text are personal data.
      LOG.info(
          "Retention: forgot "
              + forgotten
              + " old transcript records, erased "
              + silent.size()
              + " inactive learners");
    }
    return new Run(forgotten, silent.size());
  }
}
