package mx.aprende.bot.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * An in-process MongoDB wire-protocol server ({@code mongo-java-server}) keeping its data in one H2
 * MVStore file, bound to loopback on a free port. It lets a newcomer run the bot with nothing
 * installed; production uses a real replica set.
 */
final class EmbeddedMongo implements AutoCloseable {

  static final String FILE_NAME = "aprende-mongo.mv.db";

  /**
   * Written while the server runs, so tools ({@code ./tutor refit}) can reach the bot's embedded
   * database; removed on a clean stop.
   */
  static final String URI_FILE = "embedded-mongodb.uri";

  private final MongoServer server;
  private final H2Backend backend;
  private final Path file;
  private final String connectionString;

  private EmbeddedMongo(MongoServer server, H2Backend backend, Path file, String connectionString) {
    this.server = server;
    this.backend = backend;
    this.file = file;
    this.connectionString = connectionString;
  }

  static EmbeddedMongo start(Path dataDir) {
    Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StorageException(
          "Cannot create the data directory " + dataDir + " (set DATA_DIR to a writable folder)",
          new UncheckedIOException(e));
    }
    MVStore store;
    try {
      // Commit at least once a second in the background; makeDurable() commits on demand.
      store = new MVStore.Builder().fileName(file.toString()).autoCommitBufferSize(1024).open();
    } catch (MVStoreException e) {
      throw new StorageException(
          "Cannot open "
              + file
              + ": is another Aprende already running with this DATA_DIR? Stop it or set DATA_DIR"
              + " to another folder.",
          e);
    }
    H2Backend backend = new H2Backend(store);
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    String uri = "mongodb://127.0.0.1:" + address.getPort() + "/?directConnection=true";
    try {
      Files.writeString(dataDir.resolve(URI_FILE), uri + "\n");
    } catch (IOException e) {
      server.shutdown();
      throw new StorageException("Cannot write to " + dataDir, new UncheckedIOException(e));
    }
    return new EmbeddedMongo(server, backend, file, uri);
  }

  String connectionString() {
    return connectionString;
  }

  Path file() {
    return file;
  }

  void commit() {
    backend.commit();
  }

  /** The connection string a running bot wrote into {@code dataDir}, if one is running there. */
  static java.util.Optional<String> runningAt(Path dataDir) {
    Path file = dataDir.resolve(URI_FILE);
    try {
      return Files.exists(file)
          ? java.util.Optional.of(Files.readString(file).strip())
          : java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  @Override
  public void close() {
    // shutdown() closes the backend, which commits and closes the MVStore file.
    server.shutdown();
    try {
      Files.deleteIfExists(file.getParent().resolve(URI_FILE));
    } catch (IOException e) {
      // A stale file only makes a tool try a port nobody answers on; it says so then.
    }
  }
}
