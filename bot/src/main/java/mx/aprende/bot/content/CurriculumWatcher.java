package mx.aprende.bot.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;
import mx.aprende.content.ContentException;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.CurriculumLoader;
import mx.aprende.content.curriculum.LoadResult;

/**
 * In development, reloads the curriculum when an author saves a file and hands the new version to
 * {@code onChange} (the search index updates itself incrementally). A version with problems is not
 * applied: the log says what to fix and the bot keeps the last good one.
 *
 * <p>Uses the JDK's {@link WatchService}: no library is needed for one folder tree. Saves come in
 * bursts (editors write temp files, then rename), so changes are collected for a quiet moment
 * first.
 */
public final class CurriculumWatcher implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(CurriculumWatcher.class.getName());

  private final Path root;
  private final Consumer<Curriculum> onChange;
  private final Duration quiet;
  private final WatchService watcher;
  private final Thread thread;

  private CurriculumWatcher(Path root, Consumer<Curriculum> onChange, Duration quiet)
      throws IOException {
    this.root = root;
    this.onChange = onChange;
    this.quiet = quiet;
    this.watcher = FileSystems.getDefault().newWatchService();
    register();
    this.thread = Thread.ofVirtual().name("curriculum-watcher").start(this::watch);
  }

  /** Starts watching {@code root} and every folder under it. */
  public static CurriculumWatcher start(Path root, Consumer<Curriculum> onChange, Duration quiet) {
    try {
      return new CurriculumWatcher(root, onChange, quiet);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot watch " + root, e);
    }
  }

  private void register() throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        dir.register(
            watcher,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = watcher.take();
        drain(key);
        // Wait for the burst of a save to end before reloading once.
        WatchKey more;
        while ((more = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        register(); // a new module folder is watched too
        reload();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOG.warning("Stopped watching the curriculum: " + e.getMessage());
    }
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  private void reload() {
    try {
      LoadResult result = CurriculumLoader.load(root);
      List<?> problems = result.problems();
      if (!problems.isEmpty()) {
        LOG.warning(
            "Curriculum changed but has "
                + problems.size()
                + " problem(s), keeping the last good one. First: "
                + problems.getFirst());
        return;
      }
      onChange.accept(result.curriculum());
      LOG.info("Curriculum reloaded after a change in " + root);
    } catch (ContentException | UncheckedIOException e) {
      LOG.warning("Curriculum changed but could not be read: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      watcher.close();
    } catch (IOException e) {
      LOG.fine("Closing the watcher: " + e.getMessage());
    }
    thread.interrupt();
  }
}
