package mx.aprende.bot.privacy.crypto.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Map;
import mx.aprende.bot.privacy.crypto.DataKeys;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class ResealTest {

  private static final String OLD_KEY = DataKeys.generate();
  private static final String NEW_KEY = DataKeys.generate();
  private static final String SECRET = DataKeys.generate();

  private final MongoDatabase db = MongoTestSupport.freshDatabase();
  private final FieldCipher before =
      new FieldCipher(DataKeys.of("key-1", OLD_KEY, Map.of(), SECRET));
  private final FieldCipher after =
      new FieldCipher(DataKeys.of("key-2", NEW_KEY, Map.of("key-1", OLD_KEY), SECRET));

  private String value(String collection, Object id, List<String> path) {
    return db.getCollection(collection)
        .find(new Document("_id", id))
        .first()
        .getEmbedded(path, String.class);
  }

  /**
   * After a rotation every field sealed under the retired key moves to the current one (nested
   * fields too) and still opens to the same text; a value nothing can open is counted and left; a
   * second run has nothing to do.
   */
  @Test
  void movesEverySealedFieldToTheCurrentKey() {
    db.getCollection("contacts")
        .insertOne(new Document("_id", "lk_a").append("address", before.encrypt("5215512345678")));
    db.getCollection("sessions")
        .insertOne(
            new Document("_id", "lk_a")
                .append(
                    "profile",
                    new Document("name", before.encrypt("Itzel")).append("state", "09")));
    db.getCollection("sessions")
        .insertOne(new Document("_id", "lk_b").append("profile", new Document("state", "14")));
    db.getCollection("inbound")
        .insertOne(
            new Document("_id", "wamid.1")
                .append("raw", after.encrypt("{\"type\":\"text\"}"))
                .append("phone", "5215599999999"));

    Reseal.Report report = Reseal.run(db, after);

    assertThat(value("contacts", "lk_a", List.of("address")), startsWith("key-2:"));
    assertThat(after.decrypt(value("contacts", "lk_a", List.of("address"))), is("5215512345678"));
    assertThat(value("sessions", "lk_a", List.of("profile", "name")), startsWith("key-2:"));
    assertThat(after.decrypt(value("sessions", "lk_a", List.of("profile", "name"))), is("Itzel"));
    assertThat(value("sessions", "lk_a", List.of("profile", "state")), is("09"));
    assertThat(report.resealed().get("contacts.address"), is(1L));
    assertThat(report.resealed().get("sessions.profile.name"), is(1L));
    assertThat(report.resealed().get("inbound.raw"), is(0L));
    assertThat(report.unreadable().get("inbound.phone"), is(1L));
    assertThat(value("inbound", "wamid.1", List.of("phone")), is("5215599999999"));

    Reseal.Report again = Reseal.run(db, after);
    assertThat(again.resealed().values().stream().mapToLong(Long::longValue).sum(), is(0L));
  }
}
