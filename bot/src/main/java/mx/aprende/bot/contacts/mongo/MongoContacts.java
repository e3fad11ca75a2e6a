package mx.aprende.bot.contacts.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.util.Optional;
import mx.aprende.bot.contacts.Contacts;
import mx.aprende.bot.privacy.PersonalData;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import org.bson.Document;

/**
 * Contacts in the {@code contacts} collection, {@code {_id: learnerKey, address: sealed}}.
 * Addresses are cached opened for a few minutes: a learner's every message checks the contact and
 * proactive sends read it, and neither should cost a round trip or an AES operation each time. The
 * short expiry bounds how long another instance may keep an address after an erasure here.
 *
 * <p>Erasing a learner deletes their contact, which leaves nothing that links their learner key to
 * a phone number.
 */
public final class MongoContacts implements Contacts, PersonalData {

  static final String COLLECTION = "contacts";

  private final MongoCollection<Document> contacts;
  private final FieldCipher cipher;
  private final Cache<String, String> opened;

  public MongoContacts(MongoDatabase database, FieldCipher cipher) {
    this.contacts = database.getCollection(COLLECTION);
    this.cipher = cipher;
    this.opened =
        Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(Duration.ofMinutes(10)).build();
  }

  @Override
  public void remember(String learnerKey, String address) {
    if (address.equals(opened.getIfPresent(learnerKey))) {
      return;
    }
    Document stored = contacts.find(Filters.eq("_id", learnerKey)).first();
    if (stored != null) {
      String sealed = stored.getString("address");
      // Re-sealed when the key rotated, so old keys can be retired.
      if (cipher.isCurrent(sealed) && address.equals(cipher.decrypt(sealed))) {
        opened.put(learnerKey, address);
        return;
      }
    }
    contacts.replaceOne(
        Filters.eq("_id", learnerKey),
        new Document("_id", learnerKey).append("address", cipher.encrypt(address)),
        new ReplaceOptions().upsert(true));
    opened.put(learnerKey, address);
  }

  @Override
  public Optional<String> address(String learnerKey) {
    String cached = opened.getIfPresent(learnerKey);
    if (cached != null) {
      return Optional.of(cached);
    }
    Document stored = contacts.find(Filters.eq("_id", learnerKey)).first();
    if (stored == null) {
      return Optional.empty();
    }
    String address = cipher.decrypt(stored.getString("address"));
    opened.put(learnerKey, address);
    return Optional.of(address);
  }

  @Override
  public String name() {
    return COLLECTION;
  }

  @Override
  public long erase(String learnerKey) {
    opened.invalidate(learnerKey);
    return contacts.deleteOne(Filters.eq("_id", learnerKey)).getDeletedCount();
  }
}
