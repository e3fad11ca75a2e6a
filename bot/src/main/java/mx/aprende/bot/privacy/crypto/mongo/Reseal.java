package mx.aprende.bot.privacy.crypto.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.aprende.bot.privacy.crypto.DataProtectionException;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import org.bson.Document;

/**
 * Completes a key rotation: every sealed field not under the current key is opened with its retired
 * key and sealed again under the current one, so the retired key can then be dropped. Each rewrite
 * is conditional on the old value, so a bot writing the same document meanwhile wins and nothing is
 * lost; running it twice is harmless. A value that cannot be opened (a key no longer configured, or
 * text stored before encryption) is counted and left as it is.
 */
public final class Reseal {

  /** One sealed field: a collection and a (dotted) path in its documents. */
  record Field(String collection, String path) {

    @Override
    public String toString() {
      return collection + "." + path;
    }
  }

  /** Every field the bot seals; a feature that seals a new field adds it here. */
  static final List<Field> FIELDS =
      List.of(
          new Field("contacts", "address"),
          new Field("sessions", "profile.name"),
          new Field("sessions", "lastTurn.replies"),
          new Field("inbound", "raw"),
          new Field("inbound", "phone"),
          new Field("inbound", "userId"),
          new Field("inbound", "profileName"),
          new Field("outbox", "to"),
          new Field("outbox", "payload"),
          new Field("exam_bookings", "fullName"),
          new Field("tutor_messages", "text"),
          new Field("tutor_memory", "messages"));

  /**
   * What one run did.
   *
   * @param resealed per field, values moved to the current key
   * @param unreadable per field, values that could not be opened and were left
   */
  public record Report(Map<String, Long> resealed, Map<String, Long> unreadable) {}

  private Reseal() {}

  /** Re-seals every field of {@code database} under {@code cipher}'s current key. */
  public static Report run(MongoDatabase database, FieldCipher cipher) {
    Map<String, Long> resealed = new LinkedHashMap<>();
    Map<String, Long> unreadable = new LinkedHashMap<>();
    for (Field field : FIELDS) {
      MongoCollection<Document> collection = database.getCollection(field.collection());
      List<String> path = Arrays.asList(field.path().split("\\."));
      long moved = 0;
      long left = 0;
      for (Document doc :
          collection
              .find(Filters.exists(field.path()))
              .projection(Projections.include(field.path()))) {
        if (!(doc.getEmbedded(path, Object.class) instanceof String sealed)
            || cipher.isCurrent(sealed)) {
          continue;
        }
        String again;
        try {
          again = cipher.encrypt(cipher.decrypt(sealed));
        } catch (DataProtectionException e) {
          left++;
          continue;
        }
        moved +=
            collection
                .updateOne(
                    Filters.and(
                        Filters.eq("_id", doc.get("_id")), Filters.eq(field.path(), sealed)),
                    Updates.set(field.path(), again))
                .getModifiedCount();
      }
      resealed.put(field.toString(), moved);
      unreadable.put(field.toString(), left);
    }
    return new Report(resealed, unreadable);
  }
}
