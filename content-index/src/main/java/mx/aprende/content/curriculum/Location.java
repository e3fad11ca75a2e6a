package mx.aprende.content.curriculum;

/** Where something was written: a file relative to the curriculum root and a 1-based line. */
public record Location(String file, int line) {
  /** A location that is not in any file (generated items, synthetic values). */
  public static final Location NOWHERE = new Location("<generated>", 0);

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
