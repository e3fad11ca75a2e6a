package mx.aprende.ops.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one fault run and its verdict.
 *
 * <p>PASS needs: every webhook acknowledged in the end (the sender retries, so a 503 is fine but a
 * webhook never accepted is not), no acknowledged turn without a reply (lost), no turn processed
 * twice, no order violation, and at most one repeated outbound message per bot crash (none without
 * crashes).
 *
 * @param scenario which fault
 * @param tally sent, acknowledged, answered, lost, duplicates and reprocessed turns
 * @param failedAttempts webhook attempts not answered 200, by reason (503s, refused connections)
 * @param retried webhook attempts that were retries
 * @param orderViolations turns answered before an earlier turn the bot already had
 * @param apologies turns answered with the bot's "something failed" apology
 * @param faults what was done, with its times (e.g. "MongoDB down 30.0 s")
 * @param recoveries from the end of each fault to the next webhook answered 200
 * @param receipts status webhooks acknowledged / posted; empty when not sent
 * @param allowedDuplicates repeated outbound messages the verdict tolerates
 * @param elapsed the whole run, from the first webhook to the last reply
 * @param lostIds some lost turns' message ids, to look them up in the bot's logs and database
 */
record ChaosReport(
    Scenario scenario,
    Tally tally,
    Map<String, Long> failedAttempts,
    long retried,
    long orderViolations,
    long apologies,
    List<String> faults,
    List<Duration> recoveries,
    java.util.Optional<String> receipts,
    long allowedDuplicates,
    Duration elapsed,
    List<String> lostIds) {

  ChaosReport {
    failedAttempts = Map.copyOf(failedAttempts);
    faults = List.copyOf(faults);
    recoveries = List.copyOf(recoveries);
    lostIds = List.copyOf(lostIds);
  }

  /** The conditions of the verdict, each with whether it held. */
  List<LoadReport.Check> checks() {
    List<LoadReport.Check> checks = new ArrayList<>();
    checks.add(
        new LoadReport.Check(
            "every webhook acknowledged in the end",
            tally.errors() == 0,
            tally.acknowledged() + " of " + tally.sent()));
    checks.add(new LoadReport.Check("zero lost", tally.lost() == 0, Long.toString(tally.lost())));
    checks.add(
        new LoadReport.Check(
            "zero processed twice", tally.reprocessed() == 0, Long.toString(tally.reprocessed())));
    checks.add(
        new LoadReport.Check(
            "per-learner order kept", orderViolations == 0, orderViolations + " violations"));
    checks.add(
        new LoadReport.Check(
            "repeated sends ≤ " + allowedDuplicates,
            tally.duplicateReplies() <= allowedDuplicates,
            Long.toString(tally.duplicateReplies())));
    return checks;
  }

  boolean passed() {
    return checks().stream().allMatch(LoadReport.Check::passed);
  }

  /** The figures, the checks and the verdict line, for the terminal and docs/reliability.md. */
  String format() {
    StringBuilder out = new StringBuilder();
    out.append("Chaos run: ").append(scenario.command()).append('\n');
    faults.forEach(f -> out.append("  fault:        ").append(f).append('\n'));
    out.append(
        String.format(
            Locale.ROOT,
            "  webhooks:     %,d sent, %,d acknowledged, %,d never accepted%n"
                + "  attempts:     %,d retried; failed attempts %s%n"
                + "  turns:        %,d answered, %,d lost, %,d processed twice, %,d apologies%n"
                + "  replies:      %,d received, %,d repeated, %,d stray%n"
                + "  order:        %,d violations%n",
            tally.sent(),
            tally.acknowledged(),
            tally.errors(),
            retried,
            failedAttempts.isEmpty() ? "none" : failedAttempts,
            tally.answered(),
            tally.lost(),
            tally.reprocessed(),
            apologies,
            tally.replies(),
            tally.duplicateReplies(),
            tally.stray(),
            orderViolations));
    receipts.ifPresent(r -> out.append("  receipts:     ").append(r).append('\n'));
    if (!lostIds.isEmpty()) {
      out.append("  lost, e.g.:   ").append(String.join(", ", lostIds)).append('\n');
    }
    out.append("  recovery:     ")
        .append(
            recoveries.isEmpty()
                ? "-"
                : String.join(", ", recoveries.stream().map(ChaosReport::seconds).toList()))
        .append(" (fault end → next webhook answered 200)\n");
    out.append("  elapsed:      ").append(seconds(elapsed)).append('\n');
    for (LoadReport.Check check : checks()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %s %-38s %s%n",
              check.passed() ? "✓" : "✗",
              check.name(),
              check.actual()));
    }
    out.append(passed() ? "PASS" : "FAIL")
        .append(": ")
        .append(scenario.command())
        .append(
            String.format(
                Locale.ROOT,
                " — %,d sent, %,d acknowledged, %,d 503s, %,d retried, %,d answered, %,d lost,"
                    + " %,d duplicates, %,d order violations, recovery %s",
                tally.sent(),
                tally.acknowledged(),
                failedAttempts.getOrDefault("HTTP 503", 0L),
                retried,
                tally.answered(),
                tally.lost(),
                tally.duplicateReplies(),
                orderViolations,
                recoveries.isEmpty()
                    ? "-"
                    : seconds(recoveries.stream().max(Duration::compareTo).orElseThrow())))
        .append('\n');
    return out.toString();
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
