package mx.aprende.content;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/** Paths of test data: the fixture curriculum and the shared datasets folder. */
public final class Fixtures {
  private Fixtures() {}

  /** The small fixture curriculum under {@code src/test/resources/curriculum-fixture}. */
  public static Path curriculum() {
    try {
      return Path.of(Fixtures.class.getResource("/curriculum-fixture/modules").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code ../shared} as set by surefire, when it exists on this machine. */
  public static Optional<Path> sharedDir() {
    String dir = System.getProperty("aprende.shared.dir");
    return Optional.ofNullable(dir).map(Path::of).filter(p -> p.toFile().isDirectory());
  }
}
