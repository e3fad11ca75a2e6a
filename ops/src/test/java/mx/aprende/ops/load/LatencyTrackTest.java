package mx.aprende.ops.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class LatencyTrackTest {

  /** Percentiles of 1..1000 µs are the values at those ranks, and the max is the largest value. */
  @Test
  void percentilesAreTheValuesAtTheirRanks() {
    LatencyTrack track = new LatencyTrack();
    for (int micros = 1000; micros >= 1; micros--) {
      track.recordNanos(micros * 1_000L);
    }

    LatencySummary summary = track.total();

    assertThat(summary, is(new LatencySummary(1000, 500, 950, 990, 1000)));
  }

  /** An interval holds only what came since the last one; the total keeps everything. */
  @Test
  void intervalsResetWhileTheTotalAccumulates() {
    LatencyTrack track = new LatencyTrack();
    track.recordNanos(2_000_000);
    assertThat(track.interval().count(), is(1L));
    track.recordNanos(4_000_000);
    track.recordNanos(6_000_000);

    LatencySummary interval = track.interval();
    LatencySummary total = track.total();

    assertThat(interval.count(), is(2L));
    assertThat(total.count(), is(3L));
    assertThat(total.maxMicros() / 1000, is(6L));
  }

  /**
   * A negative latency (clock quirk) is recorded as zero rather than failing or skewing the max.
   */
  @Test
  void negativeLatencyCountsAsZero() {
    LatencyTrack track = new LatencyTrack();
    track.recordNanos(-5_000);

    assertThat(track.total(), is(new LatencySummary(1, 0, 0, 0, 0)));
  }

  /** With nothing recorded the summary is empty and says so. */
  @Test
  void emptySummary() {
    assertThat(new LatencyTrack().total(), is(LatencySummary.EMPTY));
    assertThat(LatencySummary.EMPTY.describe(), is("no samples"));
  }
}
