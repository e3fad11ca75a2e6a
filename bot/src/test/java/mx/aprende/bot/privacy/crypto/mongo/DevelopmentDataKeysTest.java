package mx.aprende.bot.privacy.crypto.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import mx.aprende.bot.privacy.crypto.DataKeys;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import mx.aprende.bot.privacy.crypto.LearnerKeys;
import mx.aprende.engine.testing.MongoTestSupport;
import org.junit.jupiter.api.Test;

class DevelopmentDataKeysTest {

  private static DataKeys keys(DevelopmentDataKeys generated) {
    return DataKeys.of(
        DevelopmentDataKeys.KEY_ID,
        generated.encryptionKey(),
        Map.of(),
        generated.learnerKeySecret());
  }

  /**
   * Generated once per database: a restart (a second load) gets the same secrets, so what one run
   * sealed the next opens and learner keys stay the same; another database gets others.
   */
  @Test
  void generatedOnceAndKept() {
    MongoDatabase database = MongoTestSupport.freshDatabase();
    DevelopmentDataKeys first = DevelopmentDataKeys.loadOrCreate(database);
    String sealed = new FieldCipher(keys(first)).encrypt("5215512345678");
    String learner = new LearnerKeys(keys(first)).of("whatsapp", "5215512345678");

    DevelopmentDataKeys again = DevelopmentDataKeys.loadOrCreate(database);
    assertThat(new FieldCipher(keys(again)).decrypt(sealed), is("5215512345678"));
    assertThat(new LearnerKeys(keys(again)).of("whatsapp", "5215512345678"), is(learner));

    DevelopmentDataKeys other = DevelopmentDataKeys.loadOrCreate(MongoTestSupport.freshDatabase());
    assertThat(other.encryptionKey(), is(not(first.encryptionKey())));
    assertThat(other.learnerKeySecret(), is(not(first.learnerKeySecret())));
    assertThat(first.encryptionKey(), is(not(first.learnerKeySecret())));
    assertThat(first.toString().contains(first.encryptionKey()), is(false));
  }
}
