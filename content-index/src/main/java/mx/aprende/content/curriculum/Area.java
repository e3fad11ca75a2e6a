package mx.aprende.content.curriculum;

import java.util.Locale;
import java.util.Optional;

/** The subject area of a module; mathematics gets extra checks ({@code compute}). */
public enum Area {
  /** Numbers, operations, geometry, data. */
  MATEMATICAS,
  /** Reading, writing, speaking. */
  LENGUA,
  /** Natural science and health. */
  CIENCIAS,
  /** Civic and daily life. */
  VIDA;

  /** The id used in the files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The area whose file id is {@code id}. */
  public static Optional<Area> fromId(String id) {
    for (Area area : values()) {
      if (area.id().equals(id)) {
        return Optional.of(area);
      }
    }
    return Optional.empty();
  }
}
