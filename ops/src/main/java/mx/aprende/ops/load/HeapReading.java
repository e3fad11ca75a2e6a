package mx.aprende.ops.load;

import java.util.Locale;

/**
 * The target's heap over the run, in bytes. From a GC log: the peak is the fullest the heap got
 * (occupancy just before a collection), the live set what survived the collections, the committed
 * size what the JVM reserved; {@code collections} and pauses come with it.
 *
 * @param peakUsed largest heap occupancy seen
 * @param peakLive largest occupancy right after a collection (the retained working set)
 * @param peakCommitted largest committed heap
 * @param collections garbage collections seen
 * @param totalPauseMillis summed collection pauses
 * @param maxPauseMillis longest collection pause
 */
record HeapReading(
    long peakUsed,
    long peakLive,
    long peakCommitted,
    long collections,
    double totalPauseMillis,
    double maxPauseMillis) {

  static final HeapReading NONE = new HeapReading(0, 0, 0, 0, 0, 0);

  boolean known() {
    return peakCommitted > 0 || peakUsed > 0;
  }

  String describe() {
    if (!known()) {
      return "unknown";
    }
    return String.format(
        Locale.ROOT,
        "peak used %d MB · peak live after GC %d MB · committed %d MB · %d GCs, pauses %.0f ms total,"
            + " %.1f ms max",
        mb(peakUsed),
        mb(peakLive),
        mb(peakCommitted),
        collections,
        totalPauseMillis,
        maxPauseMillis);
  }

  static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }
}
