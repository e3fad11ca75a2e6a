package mx.aprende.bot.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Where Docker exists, every MongoDB test in this module runs against a real MongoDB (see {@link
 * MongoTestSupport}); this test makes that choice visible, and is skipped with the reason here.
 */
class RealMongoTest {

  /** With Docker, the storage talks to a real MongoDB started by Testcontainers. */
  @Test
  void testsRunOnRealMongoWhereDockerExists() {
    assumeTrue(
        MongoTestSupport.dockerAvailable(),
        "No Docker engine on this machine: the MongoDB tests ran against the embedded"
            + " mongo-java-server instead of Testcontainers MongoDB");
    assertThat(MongoTestSupport.backendName(), is("testcontainers"));
    try (MongoStorage storage =
        MongoStorage.open(
            Optional.of(MongoTestSupport.connectionString()), Path.of("target"), "real")) {
      storage.database().getCollection("probe").insertOne(new Document("_id", 1));
      assertThat(storage.database().getCollection("probe").countDocuments(), is(1L));
      assertThat(storage.kind(), is("mongodb"));
    }
  }
}
