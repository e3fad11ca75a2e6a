package mx.aprende.ops.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run and how they compare with the targets of issue 8.
 *
 * @param target what was loaded
 * @param learners distinct learners
 * @param rate the scheduled rate, messages per second
 * @param duration the measured window
 * @param tally sent, acknowledged, lost and duplicated counts of the measured window
 * @param errors measured failures by reason
 * @param acknowledgement webhook acknowledgement latency, from when each message was due
 * @param endToEnd first reply at the sink, from when each message was due
 * @param heap the target's heap
 * @param replies whether the target answers at all (the bare endpoint does not)
 * @param cpu CPU the target used from the first webhook to the end of the drain, with the number of
 *     webhooks it acknowledged meanwhile (warm-up included); empty when not observable
 */
record LoadReport(
    String target,
    int learners,
    double rate,
    Duration duration,
    Tally tally,
    Map<String, Long> errors,
    LatencySummary acknowledgement,
    LatencySummary endToEnd,
    HeapReading heap,
    boolean replies,
    java.util.Optional<CpuUse> cpu) {

  /**
   * CPU time spent by the target over a number of acknowledged webhooks. Independent of what else
   * runs on the machine, so it estimates capacity even when the machine is busy.
   */
  record CpuUse(Duration time, long acknowledged) {
    double millisPerMessage() {
      return time.toNanos() / 1e6 / Math.max(1, acknowledged);
    }

    /** Messages per second {@code cores} idle cores could take at this cost. */
    double capacity(int cores) {
      return cores * 1000 / Math.max(1e-9, millisPerMessage());
    }
  }

  static final long ACK_P99_BAR_MICROS = 50_000;
  static final long E2E_P99_BAR_MICROS = 250_000;
  static final long HEAP_BAR_BYTES = 512L * 1024 * 1024;

  /** Acknowledged messages per second over the measured window. */
  double throughput() {
    return tally.acknowledged() / (duration.toNanos() / 1e9);
  }

  /** Each target with whether this run met it. */
  List<Check> checks() {
    List<Check> checks = new ArrayList<>();
    checks.add(
        new Check(
            "throughput ≥ 99 % of the rate",
            throughput() >= 0.99 * rate,
            String.format(Locale.ROOT, "%.0f/s of %.0f/s", throughput(), rate)));
    checks.add(new Check("zero errors", tally.errors() == 0, Long.toString(tally.errors())));
    checks.add(
        new Check(
            "ack p99 ≤ 50 ms",
            acknowledgement.count() > 0 && acknowledgement.p99Micros() <= ACK_P99_BAR_MICROS,
            LatencySummary.millis(acknowledgement.p99Micros())));
    if (replies) {
      checks.add(new Check("zero lost", tally.lost() == 0, Long.toString(tally.lost())));
      checks.add(
          new Check(
              "zero duplicated",
              tally.duplicateReplies() == 0 && tally.reprocessed() == 0,
              tally.duplicateReplies()
                  + " repeated replies, "
                  + tally.reprocessed()
                  + " reprocessed"));
      checks.add(
          new Check(
              "e2e p99 ≤ 250 ms",
              endToEnd.count() > 0 && endToEnd.p99Micros() <= E2E_P99_BAR_MICROS,
              LatencySummary.millis(endToEnd.p99Micros())));
    }
    if (heap.known()) {
      checks.add(
          new Check(
              "heap ≤ 512 MB",
              heap.peakUsed() <= HEAP_BAR_BYTES,
              HeapReading.mb(heap.peakUsed()) + " MB peak used"));
    }
    return checks;
  }

  boolean passed() {
    return checks().stream().allMatch(Check::passed);
  }

  /** The report as printed at the end of a run. */
  String format() {
    StringBuilder out = new StringBuilder();
    out.append("\n== ").append(target).append(" ==\n");
    line(
        out,
        "load",
        String.format(
            Locale.ROOT,
            "%,d learners · %.0f msgs/s scheduled · %ds measured",
            learners,
            rate,
            duration.toSeconds()));
    line(
        out,
        "sent / acknowledged",
        String.format(
            Locale.ROOT,
            "%,d / %,d  (throughput %.1f msgs/s)",
            tally.sent(),
            tally.acknowledged(),
            throughput()));
    line(out, "errors", tally.errors() + (errors.isEmpty() ? "" : " " + errors));
    line(out, "ack latency", acknowledgement.describe());
    if (replies) {
      line(out, "e2e latency", endToEnd.describe() + "  (webhook due → first reply at the sink)");
      line(
          out,
          "replies",
          String.format(
              Locale.ROOT,
              "%,d answered turns · %,d messages · %d lost · %d repeated · %d reprocessed · %d"
                  + " unattributed",
              tally.answered(),
              tally.replies(),
              tally.lost(),
              tally.duplicateReplies(),
              tally.reprocessed(),
              tally.stray()));
    }
    line(out, "heap", heap.describe());
    cpu.ifPresent(
        c ->
            line(
                out,
                "target CPU",
                String.format(
                    Locale.ROOT,
                    "%.1f s for %,d acknowledged = %.2f ms/msg (≈ %.0f msgs/s on 2 idle cores)",
                    c.time().toMillis() / 1000.0,
                    c.acknowledged(),
                    c.millisPerMessage(),
                    c.capacity(2))));
    for (Check check : checks()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %s %-30s %s%n",
              check.passed() ? "✔" : "✘",
              check.name(),
              check.actual()));
    }
    return out.toString();
  }

  /** The bare endpoint's figures against this run's: how far the bot is from the ceiling. */
  String comparedWith(LoadReport bare) {
    return String.format(
        Locale.ROOT,
        "%n== bot / bare ceiling ==%n  throughput %.1f / %.1f msgs/s = %.2f%n"
            + "  ack p50 %s / %s = %.1f×%n  ack p99 %s / %s = %.1f×%n",
        throughput(),
        bare.throughput(),
        throughput() / Math.max(1e-9, bare.throughput()),
        LatencySummary.millis(acknowledgement.p50Micros()),
        LatencySummary.millis(bare.acknowledgement.p50Micros()),
        acknowledgement.p50Micros() / (double) Math.max(1, bare.acknowledgement.p50Micros()),
        LatencySummary.millis(acknowledgement.p99Micros()),
        LatencySummary.millis(bare.acknowledgement.p99Micros()),
        acknowledgement.p99Micros() / (double) Math.max(1, bare.acknowledgement.p99Micros()));
  }

  private static void line(StringBuilder out, String name, String value) {
    out.append(String.format(Locale.ROOT, "  %-20s %s%n", name, value));
  }

  /** One target of the issue and how the run did. */
  record Check(String name, boolean passed, String actual) {}
}
