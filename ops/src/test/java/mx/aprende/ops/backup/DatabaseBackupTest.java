package mx.aprende.ops.backup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup and restore over the MongoDB wire protocol, against the embedded server. */
class DatabaseBackupTest {

  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.parse("2026-03-01T02:00:00Z"));

  private static MongoServer server;
  private static MongoClient client;
  private static int databases;

  @BeforeAll
  static void startServer() {
    server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    client =
        MongoClients.create(
            com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(
                    new com.mongodb.ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build());
  }

  @AfterAll
  static void stopServer() {
    client.close();
    server.shutdownNow();
  }

  private static MongoDatabase freshDatabase() {
    return client.getDatabase("backup_test_" + ++databases);
  }

  private static void fill(MongoDatabase db, int attemptCount) {
    db.getCollection("sessions")
        .insertMany(
            List.of(
                new Document("_id", "learner-a")
                    .append("firstSeen", Date.from(Instant.parse("2026-01-05T10:00:00Z")))
                    .append("turns", 12_345_678_901L)
                    .append("optedOut", false),
                new Document("_id", "learner-b")
                    .append("firstSeen", Date.from(Instant.parse("2026-02-01T08:30:00Z")))
                    .append("turns", 3)
                    .append("optedOut", true)));
    List<Document> attempts = new ArrayList<>();
    for (int i = 0; i < attemptCount; i++) {
      attempts.add(
          new Document("_id", new ObjectId())
              .append("learner", UUID.nameUUIDFromBytes(("l" + i % 7).getBytes()))
              .append("score", i / 3.0)
              .append("price", new Decimal128(i))
              .append("tags", List.of("a", i))
              .append("nested", new Document("n", i).append("empty", new Document())));
    }
    db.getCollection("attempts").insertMany(attempts);
    db.getCollection("inbound")
        .createIndex(Indexes.ascending("messageId"), new IndexOptions().unique(true));
    db.getCollection("inbound")
        .insertOne(new Document("messageId", "wamid.1").append("body", "hola"));
  }

  private static List<Document> contents(MongoDatabase db, String collection) {
    return db.getCollection(collection).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
  }

  /** A restored database holds the same documents, with the same BSON types, as the original. */
  @Test
  void roundTripKeepsEveryDocumentAndType(@TempDir Path dir) {
    MongoDatabase original = freshDatabase();
    // More than one insert batch of 1,000.
    fill(original, 1_203);

    DatabaseBackup.Summary taken = DatabaseBackup.backup(original, dir.resolve("b"), CLOCK);
    MongoDatabase restored = freshDatabase();
    DatabaseBackup.Summary back = DatabaseBackup.restore(restored, dir.resolve("b"), false);

    assertThat(taken.documents(), is(Map.of("attempts", 1_203L, "inbound", 1L, "sessions", 2L)));
    assertThat(back.documents(), is(taken.documents()));
    for (String collection : List.of("sessions", "attempts", "inbound")) {
      assertThat(collection, contents(restored, collection), is(contents(original, collection)));
    }
    Document learner =
        restored.getCollection("sessions").find(new Document("_id", "learner-a")).first();
    assertThat(learner.get("turns").getClass(), is((Object) Long.class));
    assertThat(learner.get("firstSeen").getClass(), is((Object) Date.class));
  }

  /** Unique indexes come back, so deduplication still holds after a restore. */
  @Test
  void uniqueIndexesAreRecreated(@TempDir Path dir) {
    MongoDatabase original = freshDatabase();
    fill(original, 10);
    DatabaseBackup.backup(original, dir.resolve("b"), CLOCK);
    MongoDatabase restored = freshDatabase();
    DatabaseBackup.restore(restored, dir.resolve("b"), false);

    assertThrows(
        MongoWriteException.class,
        () -> restored.getCollection("inbound").insertOne(new Document("messageId", "wamid.1")));
  }

  /**
   * Restoring over data is refused unless asked to replace it, and replacing leaves only the
   * backup.
   */
  @Test
  void restoreOverDataNeedsReplace(@TempDir Path dir) {
    MongoDatabase db = freshDatabase();
    fill(db, 10);
    DatabaseBackup.backup(db, dir.resolve("b"), CLOCK);
    db.getCollection("sessions").insertOne(new Document("_id", "learner-after-backup"));

    BackupException refused =
        assertThrows(
            BackupException.class, () -> DatabaseBackup.restore(db, dir.resolve("b"), false));
    assertThat(refused.getMessage(), containsString("--replace"));

    DatabaseBackup.restore(db, dir.resolve("b"), true);
    assertThat(db.getCollection("sessions").countDocuments(), is(2L));
  }

  /** A backup never writes into a folder that holds something, and a restore needs a manifest. */
  @Test
  void foldersAreChecked(@TempDir Path dir) {
    MongoDatabase db = freshDatabase();
    fill(db, 10);
    DatabaseBackup.backup(db, dir.resolve("b"), CLOCK);

    assertThrows(BackupException.class, () -> DatabaseBackup.backup(db, dir.resolve("b"), CLOCK));
    BackupException missing =
        assertThrows(BackupException.class, () -> DatabaseBackup.restore(db, dir, false));
    assertThat(missing.getMessage(), containsString("manifest.json"));
    assertThat(
        DatabaseBackup.manifest(dir.resolve("b")).getString("takenAt"), is("2026-03-01T02:00:00Z"));
  }
}
