package mx.aprende.bot.console.flags;

import java.util.Arrays;
import java.util.Optional;

/** A flag's life: open → assigned (a tutor took it) → resolved (with a note). */
public enum Status {
  OPEN("open", "Abierta"),
  ASSIGNED("assigned", "Asignada"),
  RESOLVED("resolved", "Resuelta");

  private final String code;
  private final String label;

  Status(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Status> byCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
