package mx.aprende.bot.certificate.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import mx.aprende.bot.certificate.SigningKeys;
import org.bson.Document;

/**
 * Development mode's signing key when CERTIFICATE_SIGNING_KEY is not set: generated once and kept
 * in the database (the embedded one lives under DATA_DIR), so certificates issued in one run still
 * verify in the next. Never used in production, where the key comes from a secret.
 */
public final class DevelopmentKey {

  private static final String ID = "development-signing-key";

  private DevelopmentKey() {}

  /** The stored development key, PKCS#8 base64, generating and storing it the first time. */
  public static String loadOrCreate(MongoDatabase database) {
    MongoCollection<Document> keys = database.getCollection("certificate_keys");
    Document found = keys.find(Filters.eq("_id", ID)).first();
    if (found != null) {
      return found.getString("pkcs8");
    }
    try {
      keys.insertOne(new Document("_id", ID).append("pkcs8", SigningKeys.generatePkcs8()));
    } catch (MongoWriteException e) {
      // Another instance stored one first: use theirs.
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    return keys.find(Filters.eq("_id", ID)).first().getString("pkcs8");
  }
}
