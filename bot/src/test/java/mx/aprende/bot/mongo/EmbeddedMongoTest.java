package mx.aprende.bot.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.client.model.Filters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

  /** Data written to the embedded server is there after the process closes and reopens it. */
  @Test
  void dataSurvivesRestart(@TempDir Path dataDir) {
    try (MongoStorage storage = MongoStorage.open(Optional.empty(), dataDir, "aprende")) {
      storage
          .database()
          .getCollection("learners")
          .insertOne(new Document("_id", "ana").append("turns", 3));
      assertThat(storage.kind(), is("embedded"));
    }
    assertThat(Files.exists(dataDir.resolve(EmbeddedMongo.FILE_NAME)), is(true));

    try (MongoStorage storage = MongoStorage.open(Optional.empty(), dataDir, "aprende")) {
      Document ana =
          storage.database().getCollection("learners").find(Filters.eq("_id", "ana")).first();
      assertThat(ana.getInteger("turns"), is(3));
    }
  }

  /**
   * After makeDurable the write is in the file even if the process died right then: we copy the
   * file while the server still runs (what a crash would leave) and open the copy.
   */
  @Test
  void makeDurableSurvivesACrash(@TempDir Path dataDir, @TempDir Path crashCopy) throws Exception {
    try (MongoStorage storage = MongoStorage.open(Optional.empty(), dataDir, "aprende")) {
      storage.database().getCollection("inbound").insertOne(new Document("_id", "wamid.1"));
      storage.makeDurable();
      Files.copy(
          dataDir.resolve(EmbeddedMongo.FILE_NAME), crashCopy.resolve(EmbeddedMongo.FILE_NAME));
    }
    try (MongoStorage recovered = MongoStorage.open(Optional.empty(), crashCopy, "aprende")) {
      assertThat(recovered.database().getCollection("inbound").countDocuments(), is(1L));
    }
  }

  /** A second bot on the same data directory is refused with a sentence saying why. */
  @Test
  void secondInstanceOnSameDataDirIsRefused(@TempDir Path dataDir) {
    try (MongoStorage first = MongoStorage.open(Optional.empty(), dataDir, "aprende")) {
      StorageException e =
          assertThrows(
              StorageException.class,
              () -> MongoStorage.open(Optional.empty(), dataDir, "aprende"));
      assertThat(e.getMessage(), containsString("another Aprende"));
      assertThat(first.ping(), is(true));
    }
  }

  /**
   * Tools reach the embedded database of a running bot; after a clean stop they open it themselves.
   */
  @Test
  void toolsReachTheRunningBotsDatabase(@TempDir Path dataDir) {
    try (MongoStorage bot = MongoStorage.open(Optional.empty(), dataDir, "aprende")) {
      bot.database().getCollection("attempts").insertOne(new Document("_id", "a1"));
      assertThat(Files.exists(dataDir.resolve(EmbeddedMongo.URI_FILE)), is(true));
      try (MongoStorage tool = MongoStorage.forTool(Optional.empty(), dataDir, "aprende")) {
        assertThat(tool.kind(), is("mongodb"));
        assertThat(tool.database().getCollection("attempts").countDocuments(), is(1L));
      }
    }
    assertThat(Files.exists(dataDir.resolve(EmbeddedMongo.URI_FILE)), is(false));
    try (MongoStorage tool = MongoStorage.forTool(Optional.empty(), dataDir, "aprende")) {
      assertThat(tool.kind(), is("embedded"));
      assertThat(tool.database().getCollection("attempts").countDocuments(), is(1L));
    }
  }

  /** Credentials in a connection string never reach the logs. */
  @Test
  void redactsCredentials() {
    assertThat(
        MongoStorage.redact("mongodb://aprende:s3cret@db1:27017,db2:27017/?replicaSet=rs0"),
        is("mongodb://***@db1:27017,db2:27017/?replicaSet=rs0"));
  }
}
