package mx.aprende.bot.console.flags;

import java.util.Arrays;
import java.util.Optional;

/** Why a learner was flagged; {@link #code()} is what the {@code flags} collection stores. */
public enum Reason {
  PERSON("person", "Pide hablar con una persona", Severity.HIGH),
  RISK("risk", "Palabras de riesgo", Severity.URGENT),
  FRUSTRATION("frustration", "Frustración", Severity.HIGH),
  MISSES("misses", "Varios errores seguidos", Severity.NORMAL),
  GUARD("guard", "El tutor automático se detuvo", Severity.HIGH),
  NOT_UNDERSTOOD("not_understood", "El bot no entiende", Severity.NORMAL),
  EXAM("exam", "Problema con el examen", Severity.HIGH),
  MANUAL("manual", "Marcado por asesor", Severity.NORMAL);

  private final String code;
  private final String label;
  private final Severity severity;

  Reason(String code, String label, Severity severity) {
    this.code = code;
    this.label = label;
    this.severity = severity;
  }

  public String code() {
    return code;
  }

  /** The Spanish label for the console. */
  public String label() {
    return label;
  }

  /** The severity a rule gives this reason. */
  public Severity severity() {
    return severity;
  }

  public static Optional<Reason> byCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
