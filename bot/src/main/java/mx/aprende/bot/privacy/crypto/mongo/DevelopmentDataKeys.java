package mx.aprende.bot.privacy.crypto.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.Optional;
import java.util.logging.Logger;
import mx.aprende.bot.privacy.crypto.DataKeys;
import mx.aprende.bot.privacy.crypto.DataProtectionException;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import mx.aprende.bot.settings.BotSettings.DataProtectionSettings;
import mx.aprende.bot.settings.SettingsException;
import org.bson.Document;

/**
 * Development mode's data protection secrets when DATA_ENCRYPTION_KEY or LEARNER_KEY_SECRET is not
 * set: generated once and kept in the database (the embedded one lives under DATA_DIR), like the
 * development certificate key, so what one run sealed the next one opens and learner keys stay the
 * same. Never used in production, where a key next to the data it protects would protect nothing.
 *
 * @param encryptionKey the AES-256 key, base64
 * @param learnerKeySecret the HMAC secret for learner keys, base64
 */
public record DevelopmentDataKeys(String encryptionKey, String learnerKeySecret) {

  /** The id the generated AES key is stored under, and the key id it seals with. */
  public static final String KEY_ID = "dev";

  private static final String ID = "development-data-keys";
  private static final Logger LOG = Logger.getLogger(DevelopmentDataKeys.class.getName());

  /** A cipher under the keys {@link #resolve} gives: for tools that open sealed fields. */
  public static FieldCipher cipher(DataProtectionSettings config, MongoDatabase database) {
    return new FieldCipher(resolve(config, database));
  }

  /**
   * The data keys the settings give, or in development (where settings let them be absent) the ones
   * generated once and kept in {@code database}. The bot and its tools use the same.
   *
   * @throws SettingsException naming the setting that is malformed
   */
  public static DataKeys resolve(DataProtectionSettings config, MongoDatabase database) {
    Optional<DevelopmentDataKeys> generated =
        config.encryptionKey().isPresent() && config.learnerKeySecret().isPresent()
            ? Optional.empty()
            : Optional.of(loadOrCreate(database));
    if (generated.isPresent()) {
      LOG.info(
          "Development mode: personal data is sealed with keys generated once and kept in the"
              + " database; set DATA_ENCRYPTION_KEY and LEARNER_KEY_SECRET to use your own");
    }
    try {
      return DataKeys.of(
          config.encryptionKey().isPresent() ? config.keyId() : KEY_ID,
          config.encryptionKey().orElseGet(() -> generated.orElseThrow().encryptionKey()),
          config.retiredKeys(),
          config.learnerKeySecret().orElseGet(() -> generated.orElseThrow().learnerKeySecret()));
    } catch (DataProtectionException e) {
      throw new SettingsException(e.getMessage());
    }
  }

  /** The stored development secrets, generating and storing them the first time. */
  public static DevelopmentDataKeys loadOrCreate(MongoDatabase database) {
    MongoCollection<Document> keys = database.getCollection("data_keys");
    Document found = keys.find(Filters.eq("_id", ID)).first();
    if (found == null) {
      try {
        keys.insertOne(
            new Document("_id", ID)
                .append("aes", DataKeys.generate())
                .append("learnerKeySecret", DataKeys.generate()));
      } catch (MongoWriteException e) {
        // Another instance stored them first: use theirs.
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
      }
      found = keys.find(Filters.eq("_id", ID)).first();
    }
    return new DevelopmentDataKeys(found.getString("aes"), found.getString("learnerKeySecret"));
  }

  @Override
  public String toString() {
    return "DevelopmentDataKeys[keyId=" + KEY_ID + "]";
  }
}
