package mx.aprende.ops.load;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JVM's unified GC log ({@code -Xlog:gc:file=...}) as it grows, folding each collection
 * line ({@code GC(3) Pause Young (Allocation Failure) 139M->12M(502M) 8.123ms}) into a {@link
 * HeapReading}. Not thread-safe: one poller calls it.
 */
final class GcLog {

  private static final Pattern PAUSE =
      Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([\\d.]+)ms");

  private final Path file;
  private long offset;
  private String partial = "";
  private HeapReading reading = HeapReading.NONE;

  GcLog(Path file) {
    this.file = file;
  }

  /** Reads what was appended since the last call. */
  HeapReading poll() {
    if (!Files.exists(file)) {
      return reading;
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      if (length <= offset) {
        return reading;
      }
      byte[] bytes = new byte[(int) (length - offset)];
      in.seek(offset);
      in.readFully(bytes);
      offset = length;
      String text = partial + new String(bytes, StandardCharsets.UTF_8);
      int lastNewline = text.lastIndexOf('\n');
      partial = text.substring(lastNewline + 1);
      for (String line : text.substring(0, lastNewline + 1).split("\n")) {
        reading = fold(reading, line);
      }
    } catch (IOException e) {
      // The log is a best-effort probe; keep what was read.
      return reading;
    }
    return reading;
  }

  /** {@code reading} with one more log line taken into account. */
  static HeapReading fold(HeapReading reading, String line) {
    Matcher m = PAUSE.matcher(line);
    if (!line.contains("Pause") || !m.find()) {
      return reading;
    }
    long before = bytes(m.group(1), m.group(2));
    long after = bytes(m.group(3), m.group(4));
    long committed = bytes(m.group(5), m.group(6));
    double pause = Double.parseDouble(m.group(7));
    return new HeapReading(
        Math.max(reading.peakUsed(), Math.max(before, after)),
        Math.max(reading.peakLive(), after),
        Math.max(reading.peakCommitted(), committed),
        reading.collections() + 1,
        reading.totalPauseMillis() + pause,
        Math.max(reading.maxPauseMillis(), pause));
  }

  private static long bytes(String amount, String unit) {
    long value = Long.parseLong(amount);
    return switch (unit) {
      case "K" -> value * 1024;
      case "M" -> value * 1024 * 1024;
      default -> value * 1024 * 1024 * 1024;
    };
  }
}
