package mx.aprende.content.curriculum;

import java.util.Locale;
import java.util.Optional;

/** The three levels of basic education for adults, in teaching order. */
public enum Level {
  /** Literacy and first numbers. */
  INICIAL,
  /** Primary school ("primaria"). */
  INTERMEDIO,
  /** Secondary school ("secundaria"). */
  AVANZADO;

  /** The id used in the files: {@code inicial}, {@code intermedio}, {@code avanzado}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level whose file id is {@code id}. */
  public static Optional<Level> fromId(String id) {
    for (Level level : values()) {
      if (level.id().equals(id)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
