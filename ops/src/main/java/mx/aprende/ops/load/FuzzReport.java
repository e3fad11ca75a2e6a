package mx.aprende.ops.load;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a fuzz run saw.
 *
 * @param sent bodies sent
 * @param statuses per "kind status" (e.g. "truncated 400"), how many; "no answer" when the
 *     connection failed
 * @param wrong the first cases answered otherwise than expected (a 5xx, a dropped connection, a
 *     wrong 4xx), as "kind #i (bytes) → status"
 * @param apologies replies carrying the bot's "algo falló" apology (a stored message broke a turn)
 * @param afterStatus the webhook's answer to a normal message sent after the corpus
 * @param answeredAfter whether that message was answered
 * @param sending how long sending the corpus took
 */
record FuzzReport(
    int sent,
    Map<String, Integer> statuses,
    List<String> wrong,
    long apologies,
    int afterStatus,
    boolean answeredAfter,
    Duration sending) {

  FuzzReport {
    statuses = Map.copyOf(statuses);
    wrong = List.copyOf(wrong);
  }

  long serverErrors() {
    return statuses.entrySet().stream()
        .filter(e -> e.getKey().endsWith(" no answer") || e.getKey().matches(".* 5\\d\\d"))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  boolean passed() {
    return wrong.isEmpty() && apologies == 0 && answeredAfter;
  }

  String format() {
    StringBuilder b = new StringBuilder("Fuzz run\n");
    b.append(String.format(Locale.ROOT, "  sent:         %,d bodies in %.1f s%n", sent, seconds()));
    b.append("  answers:      ").append(new java.util.TreeMap<>(statuses)).append('\n');
    b.append(String.format(Locale.ROOT, "  5xx or none:  %d%n", serverErrors()));
    b.append(String.format(Locale.ROOT, "  unexpected:   %d%n", wrong.size()));
    wrong.forEach(w -> b.append("    ").append(w).append('\n'));
    b.append(String.format(Locale.ROOT, "  apologies:    %d%n", apologies));
    b.append(
        String.format(
            Locale.ROOT,
            "  afterwards:   a normal message → %d, %s%n",
            afterStatus,
            answeredAfter ? "answered" : "NOT answered"));
    b.append(passed() ? "PASS" : "FAIL").append(": fuzz\n");
    return b.toString();
  }

  private double seconds() {
    return sending.toMillis() / 1000.0;
  }
}
