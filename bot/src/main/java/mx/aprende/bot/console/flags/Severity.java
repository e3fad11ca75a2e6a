package mx.aprende.bot.console.flags;

import java.util.Arrays;
import java.util.Optional;

/** How soon a person should look; the queue sorts by {@link #rank()} first. */
public enum Severity {
  URGENT("urgent", "Urgente", 3),
  HIGH("high", "Alta", 2),
  NORMAL("normal", "Normal", 1),
  LOW("low", "Baja", 0);

  private final String code;
  private final String label;
  private final int rank;

  Severity(String code, String label, int rank) {
    this.code = code;
    this.label = label;
    this.rank = rank;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public int rank() {
    return rank;
  }

  public static Optional<Severity> byCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
