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
    return new EmbeddedMongo(
        server,
        backend,
        file,
        "mongodb://127.0.0.1:" + address.getPort() + "/?directConnection=true");
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

  @Override
  public void close() {
    // shutdown() closes the backend, which commits and closes the MVStore file.
    server.shutdown();
  }
}
