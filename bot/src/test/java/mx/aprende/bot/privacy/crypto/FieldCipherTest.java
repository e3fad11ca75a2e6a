package mx.aprende.bot.privacy.crypto;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FieldCipherTest {

  private static final String OLD_KEY = DataKeys.generate();
  private static final String NEW_KEY = DataKeys.generate();
  private static final String SECRET = DataKeys.generate();

  private static FieldCipher cipher(String id, String key, Map<String, String> retired) {
    return new FieldCipher(DataKeys.of(id, key, retired, SECRET));
  }

  static Stream<String> texts() {
    return Stream.of(
        "5215512345678",
        "Lupe Díaz 🌵",
        "",
        "{\"from\":\"5215512345678\",\"type\":\"text\",\"text\":{\"body\":\"hola\"}}",
        "x".repeat(5_000));
  }

  /** Whatever was sealed opens to the same text, under the key id in front. */
  @ParameterizedTest
  @MethodSource("texts")
  void roundTrip(String text) {
    FieldCipher cipher = cipher("key-1", NEW_KEY, Map.of());
    String sealed = cipher.encrypt(text);
    assertThat(sealed, startsWith("key-1:"));
    assertThat(cipher.decrypt(sealed), is(text));
  }

  /** The same text sealed twice gives different values (fresh nonce), neither showing the text. */
  @Test
  void sealingIsRandomised() {
    FieldCipher cipher = cipher("key-1", NEW_KEY, Map.of());
    String first = cipher.encrypt("5215512345678");
    String second = cipher.encrypt("5215512345678");
    assertThat(first, is(not(second)));
    assertThat(first, not(containsString("5215512345678")));
  }

  /**
   * Each UTC day seals under its own derived key: values from different days all open later, the
   * day is written in front, and moving a value to another day's key is detected.
   */
  @Test
  void eachDaySealsUnderItsOwnKey() {
    DataKeys keys = DataKeys.of("key-1", NEW_KEY, Map.of(), SECRET);
    Instant monday = Instant.parse("2026-11-30T23:59:00Z");
    String first = new FieldCipher(keys, () -> monday).encrypt("Lupe");
    String second = new FieldCipher(keys, () -> monday.plus(Duration.ofMinutes(2))).encrypt("Lupe");
    FieldCipher later = new FieldCipher(keys, () -> monday.plus(Duration.ofDays(400)));

    assertThat(later.decrypt(first), is("Lupe"));
    assertThat(later.decrypt(second), is("Lupe"));
    byte[] bytes = Base64.getDecoder().decode(first.substring("key-1:".length()));
    int day = ByteBuffer.wrap(bytes, 0, 4).getInt();
    assertThat(day, is((int) LocalDate.of(2026, 11, 30).toEpochDay()));
    ByteBuffer.wrap(bytes).putInt(day + 1);
    String movedToTuesday = "key-1:" + Base64.getEncoder().encodeToString(bytes);
    assertThrows(DataProtectionException.class, () -> later.decrypt(movedToTuesday));
  }

  /** Flipping any one bit of a sealed value is detected, with a clear exception, never garbage. */
  @Test
  void tamperingIsDetected() {
    FieldCipher cipher = cipher("key-1", NEW_KEY, Map.of());
    String sealed = cipher.encrypt("Lupe Díaz");
    byte[] bytes = Base64.getDecoder().decode(sealed.substring("key-1:".length()));
    for (int i = 0; i < bytes.length; i++) {
      byte[] altered = bytes.clone();
      altered[i] ^= 1;
      String tampered = "key-1:" + Base64.getEncoder().encodeToString(altered);
      DataProtectionException e =
          assertThrows(DataProtectionException.class, () -> cipher.decrypt(tampered));
      assertThat(e.getMessage(), containsString("altered"));
    }
  }

  /** A value sealed under another key with the same id does not open. */
  @Test
  void wrongKeyIsRefused() {
    String sealed = cipher("key-1", OLD_KEY, Map.of()).encrypt("5215512345678");
    FieldCipher other = cipher("key-1", NEW_KEY, Map.of());
    assertThrows(DataProtectionException.class, () -> other.decrypt(sealed));
  }

  /** A value naming a key id this process does not hold is refused, naming the settings to fix. */
  @Test
  void unknownKeyIdIsRefused() {
    String sealed = cipher("key-0", OLD_KEY, Map.of()).encrypt("5215512345678");
    DataProtectionException e =
        assertThrows(
            DataProtectionException.class,
            () -> cipher("key-1", NEW_KEY, Map.of()).decrypt(sealed));
    assertThat(e.getMessage(), containsString("DATA_ENCRYPTION_RETIRED_KEYS"));
    assertThat(e.getMessage(), not(containsString("5215512345678")));
  }

  /** Values that were never sealed (clear text) are refused rather than returned as they are. */
  @Test
  void clearTextIsNotASealedValue() {
    FieldCipher cipher = cipher("key-1", NEW_KEY, Map.of());
    assertThrows(DataProtectionException.class, () -> cipher.decrypt("5215512345678"));
    assertThrows(DataProtectionException.class, () -> cipher.decrypt("key-1:hola mundo"));
    assertThrows(DataProtectionException.class, () -> cipher.decrypt("key-1:AAAA"));
  }

  /**
   * Rotation: after the new key becomes current and the old one retired, old values still open, new
   * values are sealed under the new id, and only those count as current.
   */
  @Test
  void rotationKeepsOldValuesReadable() {
    FieldCipher before = cipher("key-1", OLD_KEY, Map.of());
    String old = before.encrypt("Lupe");
    FieldCipher after = cipher("key-2", NEW_KEY, Map.of("key-1", OLD_KEY));

    assertThat(after.decrypt(old), is("Lupe"));
    assertThat(after.isCurrent(old), is(false));
    String resealed = after.encrypt(after.decrypt(old));
    assertThat(resealed, startsWith("key-2:"));
    assertThat(after.isCurrent(resealed), is(true));
    assertThrows(DataProtectionException.class, () -> before.decrypt(resealed));
  }

  /** Malformed keys are refused, naming the setting and never echoing the value. */
  @Test
  void malformedKeysNameTheirSetting() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    DataProtectionException tooShort =
        assertThrows(
            DataProtectionException.class, () -> DataKeys.of("key-1", shortKey, Map.of(), SECRET));
    assertThat(tooShort.getMessage(), containsString("DATA_ENCRYPTION_KEY"));
    assertThat(tooShort.getMessage(), not(containsString(shortKey)));
    DataProtectionException notBase64 =
        assertThrows(
            DataProtectionException.class, () -> DataKeys.of("key-1", NEW_KEY, Map.of(), "%%%"));
    assertThat(notBase64.getMessage(), containsString("LEARNER_KEY_SECRET"));
    assertThrows(
        DataProtectionException.class, () -> DataKeys.of("key:1", NEW_KEY, Map.of(), SECRET));
  }
}
