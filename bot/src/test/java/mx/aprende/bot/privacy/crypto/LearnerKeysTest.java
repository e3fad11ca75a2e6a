package mx.aprende.bot.privacy.crypto;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.text.MatchesPattern.matchesPattern;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnerKeysTest {

  private static final String AES = DataKeys.generate();

  private static LearnerKeys keys(String secret) {
    return new LearnerKeys(DataKeys.of("key-1", AES, Map.of(), secret));
  }

  /** A WhatsApp id gives the same learner key every time and across instances with one secret. */
  @Test
  void stable() {
    String secret = DataKeys.generate();
    assertThat(
        keys(secret).of("whatsapp", "5215512345678"),
        is(keys(secret).of("whatsapp", "5215512345678")));
  }

  /** The key is {@code lk_} and 26 base32 characters, and shows nothing of the phone number. */
  @Test
  void shape() {
    String key = keys(DataKeys.generate()).of("whatsapp", "5215512345678");
    assertThat(key, matchesPattern("lk_[a-z2-7]{26}"));
    assertThat(LearnerKeys.isLearnerKey(key), is(true));
    assertThat(LearnerKeys.isLearnerKey("5215512345678"), is(false));
  }

  /** Another secret gives another key: without the secret the key cannot be recomputed. */
  @Test
  void keyed() {
    assertThat(
        keys(DataKeys.generate()).of("whatsapp", "5215512345678"),
        is(not(keys(DataKeys.generate()).of("whatsapp", "5215512345678"))));
  }

  /** Rotating the AES key leaves learner keys as they were: they depend on the HMAC secret only. */
  @Test
  void independentOfTheEncryptionKey() {
    String secret = DataKeys.generate();
    LearnerKeys before = new LearnerKeys(DataKeys.of("key-1", AES, Map.of(), secret));
    LearnerKeys after =
        new LearnerKeys(DataKeys.of("key-2", DataKeys.generate(), Map.of("key-1", AES), secret));
    assertThat(after.of("whatsapp", "5215512345678"), is(before.of("whatsapp", "5215512345678")));
  }

  /** Neighbouring phone numbers and channels give distinct keys. */
  @Test
  void distinct() {
    LearnerKeys keys = keys(DataKeys.generate());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(keys.of("whatsapp", "52155" + String.format("%08d", i)));
    }
    assertThat(seen.size(), is(10_000));
    assertThat(keys.of("whatsapp", "1"), is(not(keys.of("sms", "1"))));
  }
}
