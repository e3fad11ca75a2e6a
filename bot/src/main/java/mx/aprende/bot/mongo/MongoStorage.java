package mx.aprende.bot.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import mx.aprende.bot.settings.BotSettings;
import org.bson.Document;

/**
 * The one MongoDB connection of the process.
 *
 * <p>With a URI it connects to a real deployment (a replica set in production) with majority,
 * journaled writes, so an acknowledged webhook survives a primary failover. Without one it starts
 * {@link EmbeddedMongo} under the data directory. Features must only use what both support: single
 * document atomic updates, upserts and unique indexes, no transactions, change streams, {@code
 * $text} or TTL indexes.
 */
public final class MongoStorage implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(MongoStorage.class.getName());

  private final MongoClient client;
  private final MongoDatabase database;
  private final Optional<EmbeddedMongo> embedded;
  private final CommandTally tally;

  private MongoStorage(
      MongoClient client,
      MongoDatabase database,
      Optional<EmbeddedMongo> embedded,
      CommandTally tally) {
    this.client = client;
    this.database = database;
    this.embedded = embedded;
    this.tally = tally;
  }

  /**
   * Connects to {@code uri} when present, else starts the embedded server in {@code dataDir}.
   *
   * @throws StorageException when the data directory cannot be used (for example, locked by another
   *     running bot)
   */
  public static MongoStorage open(Optional<String> uri, Path dataDir, String databaseName) {
    CommandTally tally = new CommandTally();
    if (uri.isPresent()) {
      MongoClient client = client(uri.get(), WriteConcern.MAJORITY.withJournal(true), tally);
      LOG.info("Using MongoDB at " + redact(uri.get()));
      return new MongoStorage(client, client.getDatabase(databaseName), Optional.empty(), tally);
    }
    EmbeddedMongo embedded = EmbeddedMongo.start(dataDir);
    MongoClient client = client(embedded.connectionString(), WriteConcern.ACKNOWLEDGED, tally);
    LOG.info("Using embedded MongoDB, data in " + embedded.file());
    return new MongoStorage(client, client.getDatabase(databaseName), Optional.of(embedded), tally);
  }

  /**
   * For tools next to a bot: the bot's database through {@code uri} when given, else the embedded
   * database of a bot running on {@code dataDir}, else the embedded database opened here (no bot
   * running).
   */
  public static MongoStorage forTool(Optional<String> uri, Path dataDir, String databaseName) {
    return open(uri.or(() -> EmbeddedMongo.runningAt(dataDir)), dataDir, databaseName);
  }

  /** {@link #forTool(Optional, Path, String)} for the bot's configured storage. */
  public static MongoStorage forTool(BotSettings.StorageSettings storage) {
    return forTool(storage.mongoUri(), storage.dataDir(), storage.database());
  }

  /** Wraps an existing client (tests and tools that manage their own server). */
  public static MongoStorage wrap(MongoClient client, MongoDatabase database) {
    return new MongoStorage(client, database, Optional.empty(), new CommandTally());
  }

  /** The commands sent through this connection so far (empty for a wrapped client). */
  public CommandTally commands() {
    return tally;
  }

  public MongoDatabase database() {
    return database;
  }

  /** Where the data is, for the start-up banner (credentials hidden). */
  public String description() {
    return embedded.map(e -> "embedded MongoDB, file " + e.file()).orElse("MongoDB");
  }

  /**
   * Whether other bot instances may share this database: a MongoDB server may; the embedded one
   * lives inside this process, and only tools next to it connect.
   */
  public boolean isShared() {
    return embedded.isEmpty();
  }

  /** "embedded" or "mongodb": shown in health details. */
  public String kind() {
    return embedded.isPresent() ? "embedded" : "mongodb";
  }

  /**
   * Makes everything written so far survive a crash of this process. A no-op on a real server,
   * where journaled majority writes are durable on acknowledgement; on the embedded server it
   * commits the H2 store to its file.
   */
  public void makeDurable() {
    embedded.ifPresent(EmbeddedMongo::commit);
  }

  /** Whether the server answers a ping within the client's timeouts. */
  public boolean ping() {
    try {
      database.runCommand(new Document("ping", 1));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    client.close();
    embedded.ifPresent(EmbeddedMongo::close);
  }

  private static MongoClient client(String uri, WriteConcern writeConcern, CommandTally tally) {
    return MongoClients.create(
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(uri))
            .writeConcern(writeConcern)
            .addCommandListener(tally)
            .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
            .applyToSocketSettings(
                b -> b.connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS))
            .build());
  }

  /** Hides credentials in a connection string for logs. */
  static String redact(String uri) {
    return uri.replaceAll("//[^@/]+@", "//***@");
  }
}
