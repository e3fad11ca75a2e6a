package mx.aprende.bot.contacts;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.contacts.mongo.MongoContacts;
import mx.aprende.bot.privacy.crypto.DataKeys;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import mx.aprende.engine.testing.MongoTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoContactsTest {

  private static final String OLD_KEY = DataKeys.generate();
  private static final String NEW_KEY = DataKeys.generate();
  private static final String SECRET = DataKeys.generate();
  private static final String KEY = "lk_aaaaaaaaaaaaaaaaaaaaaaaaaa";

  private final MongoDatabase db = MongoTestSupport.freshDatabase();
  private final FieldCipher cipher =
      new FieldCipher(DataKeys.of("key-1", OLD_KEY, Map.of(), SECRET));

  private Document stored() {
    return db.getCollection("contacts").find(new Document("_id", KEY)).first();
  }

  /** The address is stored sealed and read back opened, by another instance too. */
  @Test
  void storesTheAddressSealed() {
    new MongoContacts(db, cipher).remember(KEY, "5215512345678");

    assertThat(stored().getString("address"), startsWith("key-1:"));
    assertThat(stored().toJson().contains("5215512345678"), is(false));
    assertThat(new MongoContacts(db, cipher).address(KEY), is(Optional.of("5215512345678")));
    assertThat(new MongoContacts(db, cipher).address("lk_nobody"), is(Optional.empty()));
  }

  /** Writing the same address again changes nothing stored; a new address replaces the old. */
  @Test
  void writesOnlyWhenTheAddressChanges() {
    new MongoContacts(db, cipher).remember(KEY, "5215512345678");
    String first = stored().getString("address");

    new MongoContacts(db, cipher).remember(KEY, "5215512345678");
    assertThat(stored().getString("address"), is(first));

    MongoContacts contacts = new MongoContacts(db, cipher);
    contacts.remember(KEY, "MX.1349120865530274");
    assertThat(stored().getString("address"), is(not(first)));
    assertThat(new MongoContacts(db, cipher).address(KEY), is(Optional.of("MX.1349120865530274")));
  }

  /** After a key rotation an unchanged contact is re-sealed under the new key when next written. */
  @Test
  void reSealsUnderTheNewKey() {
    new MongoContacts(db, cipher).remember(KEY, "5215512345678");
    FieldCipher rotated =
        new FieldCipher(DataKeys.of("key-2", NEW_KEY, Map.of("key-1", OLD_KEY), SECRET));

    assertThat(new MongoContacts(db, rotated).address(KEY), is(Optional.of("5215512345678")));
    new MongoContacts(db, rotated).remember(KEY, "5215512345678");
    assertThat(stored().getString("address"), startsWith("key-2:"));
  }

  /** Erasure deletes the contact and the cached address: nothing leads back to the phone. */
  @Test
  void erasureForgetsTheContact() {
    MongoContacts contacts = new MongoContacts(db, cipher);
    contacts.remember(KEY, "5215512345678");
    assertThat(contacts.address(KEY), is(Optional.of("5215512345678")));

    assertThat(contacts.erase(KEY), is(1L));
    assertThat(contacts.address(KEY), is(Optional.empty()));
    assertThat(stored(), is((Document) null));
    assertThat(contacts.name(), is("contacts"));
  }
}
