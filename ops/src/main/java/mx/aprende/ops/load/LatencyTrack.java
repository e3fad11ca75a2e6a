package mx.aprende.ops.load;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A latency series recorded from many threads in microseconds: interval snapshots for the progress
 * line and the running total for the report. Values above an hour are clamped to an hour.
 */
final class LatencyTrack {

  private static final long MAX_MICROS = TimeUnit.HOURS.toMicros(1);

  private final Recorder recorder = new Recorder(MAX_MICROS, 3);
  private final Histogram total = new Histogram(MAX_MICROS, 3);
  private Histogram recycled;

  /** Records one latency; negative values (clock quirks) count as zero. */
  void recordNanos(long nanos) {
    long micros = Math.min(MAX_MICROS, Math.max(0, nanos / 1_000));
    recorder.recordValue(micros);
  }

  /** Values recorded since the last call, also folded into the total. */
  synchronized LatencySummary interval() {
    recycled = recorder.getIntervalHistogram(recycled);
    total.add(recycled);
    return LatencySummary.of(recycled);
  }

  /** Everything recorded so far. */
  synchronized LatencySummary total() {
    interval();
    return LatencySummary.of(total);
  }
}
