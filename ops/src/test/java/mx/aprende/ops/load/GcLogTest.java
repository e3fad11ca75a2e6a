package mx.aprende.ops.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class GcLogTest {

  private static final long MB = 1024 * 1024;

  /** Pause lines fold into the peak occupancy, live set, committed size and pause totals. */
  @Test
  void foldsPauseLines() {
    HeapReading reading = HeapReading.NONE;
    reading =
        GcLog.fold(
            reading,
            "[1.2s][info][gc] GC(0) Pause Young (Allocation Failure) 139M->12M(502M) 8.5ms");
    reading =
        GcLog.fold(
            reading, "[2.0s][info][gc] GC(1) Pause Full (System.gc()) 40M->30M(480M) 20.0ms");
    reading = GcLog.fold(reading, "[2.1s][info][gc] Using Serial");

    assertThat(reading, is(new HeapReading(139 * MB, 30 * MB, 502 * MB, 2, 28.5, 20.0)));
  }

  /** Kilobyte and gigabyte units are read too. */
  @Test
  void readsUnits() {
    HeapReading reading =
        GcLog.fold(
            HeapReading.NONE, "GC(0) Pause Young (Allocation Failure) 2048K->1024K(1G) 1.0ms");

    assertThat(reading.peakUsed(), is(2 * MB));
    assertThat(reading.peakCommitted(), is(1024 * MB));
  }
}
