package mx.aprende.content.curriculum;

import java.util.Locale;
import java.util.Optional;

/** How a numeric answer is written; it decides how ambiguous separators are read. */
public enum NumberKind {
  /** Whole numbers: "1.000" is one thousand. */
  INTEGER,
  /** Decimals: "1,500" could be one and a half or fifteen hundred. */
  DECIMAL,
  /** Pesos and centavos: at most two decimals, so "1.500" is fifteen hundred. */
  MONEY;

  /** The id used in the files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind whose file id is {@code id}. */
  public static Optional<NumberKind> fromId(String id) {
    for (NumberKind kind : values()) {
      if (kind.id().equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
