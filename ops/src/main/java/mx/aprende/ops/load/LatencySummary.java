package mx.aprende.ops.load;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Percentiles of a latency series, in microseconds.
 *
 * @param count values recorded
 * @param p50Micros median
 * @param p95Micros 95th percentile
 * @param p99Micros 99th percentile
 * @param maxMicros largest value
 */
record LatencySummary(long count, long p50Micros, long p95Micros, long p99Micros, long maxMicros) {

  static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0);

  /** HdrHistogram's percentiles: the smallest recorded value at or above the given share. */
  static LatencySummary of(Histogram histogram) {
    if (histogram.getTotalCount() == 0) {
      return EMPTY;
    }
    return new LatencySummary(
        histogram.getTotalCount(),
        histogram.getValueAtPercentile(50),
        histogram.getValueAtPercentile(95),
        histogram.getValueAtPercentile(99),
        histogram.getMaxValue());
  }

  /** {@code p50 1.2 ms · p95 … · p99 … · max …}. */
  String describe() {
    if (count == 0) {
      return "no samples";
    }
    return "p50 "
        + millis(p50Micros)
        + " · p95 "
        + millis(p95Micros)
        + " · p99 "
        + millis(p99Micros)
        + " · max "
        + millis(maxMicros);
  }

  static String millis(long micros) {
    return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
  }
}
