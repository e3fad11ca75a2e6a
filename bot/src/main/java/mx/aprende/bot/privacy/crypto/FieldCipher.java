package mx.aprende.bot.privacy.crypto;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals one text field for storage with AES-256-GCM: a fresh random 96-bit nonce per value and the
 * 128-bit tag, stored as {@code <keyId>:base64(day || nonce || ciphertext || tag)}.
 *
 * <p>Each UTC day seals under its own key, derived from the configured key with HMAC-SHA256 and the
 * day number (the 4-byte {@code day} in front). Random 96-bit nonces are safe for about 2^32 values
 * per key; one key for everything would reach that within weeks at national scale, a key per day
 * only past ~50,000 values a second. A value whose day was altered opens under the wrong key and
 * fails its tag like any other tampering.
 *
 * <p>The key id in front lets several keys coexist: the current key seals, retired keys still open
 * what they sealed (see {@link #isCurrent} for re-sealing lazily on write). Sealing the same text
 * twice gives different values, so sealed fields cannot be searched or compared: look learners up
 * by {@link LearnerKeys}.
 *
 * <p>Thread-safe. {@link Cipher} instances are reused ({@link Reusable}): sealing a phone number
 * then costs about a microsecond, mostly AES-GCM itself and the nonce.
 */
public final class FieldCipher {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int DAY_BYTES = 4;
  private static final String DERIVATION = "aprende field key v1, day ";

  private final DataKeys keys;
  private final String prefix;
  private final SecureRandom random;
  private final InstantSource clock;
  private final Reusable<Cipher> ciphers =
      new Reusable<>(() -> Cipher.getInstance(TRANSFORMATION), 64);
  private final Cache<String, SecretKey> dayKeys = Caffeine.newBuilder().maximumSize(1_000).build();

  public FieldCipher(DataKeys keys) {
    this(keys, InstantSource.system());
  }

  /** A cipher whose day keys follow {@code clock}. */
  public FieldCipher(DataKeys keys, InstantSource clock) {
    this.keys = keys;
    this.prefix = keys.currentId() + ":";
    this.random = nonceSource();
    this.clock = clock;
  }

  /** Seals {@code text} under the current key. */
  public String encrypt(String text) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] plain = text.getBytes(StandardCharsets.UTF_8);
    int day = (int) LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toEpochDay();
    try {
      Cipher cipher = ciphers.take();
      cipher.init(
          Cipher.ENCRYPT_MODE,
          dayKey(keys.currentId(), keys.current(), day),
          new GCMParameterSpec(TAG_BITS, nonce));
      ByteBuffer out =
          ByteBuffer.allocate(DAY_BYTES + NONCE_BYTES + cipher.getOutputSize(plain.length));
      out.putInt(day);
      out.put(nonce);
      cipher.doFinal(ByteBuffer.wrap(plain), out);
      ciphers.give(cipher);
      return prefix + Base64.getEncoder().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new DataProtectionException("AES-GCM sealing failed", e);
    }
  }

  /**
   * Opens a value {@link #encrypt} produced, under whichever known key id it names.
   *
   * @throws DataProtectionException when the value is not a sealed value, names an unknown key id,
   *     or was altered (the GCM tag does not match)
   */
  public String decrypt(String sealed) {
    int colon = sealed.indexOf(':');
    if (colon <= 0) {
      throw new DataProtectionException("Not a sealed value (no key id in front)");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(sealed.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new DataProtectionException("Not a sealed value (not base64 after the key id)");
    }
    if (bytes.length < DAY_BYTES + NONCE_BYTES + TAG_BITS / 8) {
      throw new DataProtectionException("Not a sealed value (too short)");
    }
    String keyId = sealed.substring(0, colon);
    int day = ByteBuffer.wrap(bytes, 0, DAY_BYTES).getInt();
    try {
      SecretKey key = dayKey(keyId, keys.aes(keyId), day);
      Cipher cipher = ciphers.take();
      cipher.init(
          Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, DAY_BYTES, NONCE_BYTES));
      int header = DAY_BYTES + NONCE_BYTES;
      byte[] plain = cipher.doFinal(bytes, header, bytes.length - header);
      ciphers.give(cipher);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new DataProtectionException(
          "A sealed value was altered or sealed under another key with the same id", e);
    } catch (GeneralSecurityException e) {
      throw new DataProtectionException("AES-GCM opening failed", e);
    }
  }

  /** Whether {@code sealed} is under the current key (else re-seal it when next written). */
  public boolean isCurrent(String sealed) {
    return sealed.startsWith(prefix);
  }

  /** The id of the key new values are sealed under. */
  public String currentKeyId() {
    return keys.currentId();
  }

  /** The key of one UTC day under the configured key {@code keyId}, derived once and cached. */
  private SecretKey dayKey(String keyId, SecretKey configured, int day) {
    return dayKeys.get(
        keyId + "/" + day,
        k -> {
          try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(configured.getEncoded(), "HmacSHA256"));
            byte[] derived = mac.doFinal((DERIVATION + day).getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(derived, "AES");
          } catch (GeneralSecurityException e) {
            throw new DataProtectionException("Deriving the day key failed", e);
          }
        });
  }

  /**
   * DRBG rather than the platform default: nonces are asked for on every write, and the default
   * Linux source serialises on one lock around {@code /dev/urandom} reads.
   */
  private static SecureRandom nonceSource() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
