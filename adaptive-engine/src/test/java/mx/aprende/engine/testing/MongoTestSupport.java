package mx.aprende.engine.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one place that decides which MongoDB the tests talk to.
 *
 * <p>Where a Docker engine answers, tests run against a real MongoDB started by Testcontainers (as
 * production does); where none does (this project's CI machine), they run against the in-process
 * {@code mongo-java-server}. Code under test must therefore use only what both support: no
 * transactions, change streams, {@code $text} or TTL indexes. Set {@code
 * -Daprende.test.mongo=embedded} to force the embedded server.
 *
 * <p>Every call to {@link #freshDatabase()} returns an empty database with a unique name on the
 * shared server, so test classes never see each other's data.
 */
public final class MongoTestSupport {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static volatile Backend backend;

  private MongoTestSupport() {}

  /** A new, empty database on the chosen backend. */
  public static MongoDatabase freshDatabase() {
    return backend()
        .client()
        .getDatabase("test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet());
  }

  /** A connection string for the chosen backend, for code that builds its own client. */
  public static String connectionString() {
    return backend().connectionString();
  }

  /** "testcontainers" or "embedded": shown in test names and logs. */
  public static String backendName() {
    return backend().name();
  }

  /** Whether a Docker engine answers here; container-only tests use it with an assumption. */
  public static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Starts a MongoDB container; callers must check {@link #dockerAvailable()} first. */
  public static MongoDBContainer startContainer() {
    MongoDBContainer container = new MongoDBContainer("mongo:7.0");
    container.start();
    return container;
  }

  /** A client with short timeouts, so a missing server fails a test fast instead of hanging. */
  public static MongoClient client(String connectionString) {
    return MongoClients.create(
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(connectionString))
            .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
            .applyToSocketSettings(b -> b.connectTimeout(5, TimeUnit.SECONDS))
            .build());
  }

  private static Backend backend() {
    Backend b = backend;
    if (b == null) {
      synchronized (MongoTestSupport.class) {
        b = backend;
        if (b == null) {
          b = choose();
          backend = b;
        }
      }
    }
    return b;
  }

  private static Backend choose() {
    boolean forceEmbedded = "embedded".equals(System.getProperty("aprende.test.mongo"));
    if (!forceEmbedded && dockerAvailable()) {
      MongoDBContainer container = startContainer();
      String uri = container.getConnectionString();
      return new Backend("testcontainers", uri, client(uri));
    }
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    String uri = "mongodb://127.0.0.1:" + address.getPort();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-test-stop"));
    return new Backend("embedded", uri, client(uri));
  }

  private record Backend(String name, String connectionString, MongoClient client) {}
}
