package mx.aprende.content.curriculum;

/** One thing wrong with the curriculum, at {@code file:line}, explained for its author. */
public record Problem(String file, int line, String message) {
  /** A problem at {@code location}. */
  public static Problem at(Location location, String message) {
    return new Problem(location.file(), location.line(), message);
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
