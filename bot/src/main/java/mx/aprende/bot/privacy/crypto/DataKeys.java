package mx.aprende.bot.privacy.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets behind data protection: the AES-256 key that seals new values (under its id), the
 * retired AES keys that still open what they sealed, and the separate HMAC secret that turns
 * channel ids into learner keys. The HMAC secret never rotates with the AES keys: every stored
 * learner key is derived from it.
 */
public final class DataKeys {

  /** Key ids appear in front of every sealed value, so they stay short and free of {@code :}. */
  static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

  private static final int AES_BYTES = 32;
  private static final int MIN_SECRET_BYTES = 32;

  private final String currentId;
  private final Map<String, SecretKey> aesKeys;
  private final SecretKey learnerKeySecret;

  private DataKeys(String currentId, Map<String, SecretKey> aesKeys, SecretKey learnerKeySecret) {
    this.currentId = currentId;
    this.aesKeys = Map.copyOf(aesKeys);
    this.learnerKeySecret = learnerKeySecret;
  }

  /**
   * Keys from configuration.
   *
   * @param currentId the id written in front of everything the current key seals
   * @param currentKey the current AES key, 32 bytes, base64
   * @param retired earlier key ids and their AES keys (base64), which still open old values
   * @param learnerKeySecret the HMAC secret for learner keys, at least 32 bytes, base64
   * @throws DataProtectionException naming the setting that is malformed (never its value)
   */
  public static DataKeys of(
      String currentId, String currentKey, Map<String, String> retired, String learnerKeySecret) {
    Map<String, SecretKey> keys = new HashMap<>();
    retired.forEach(
        (id, key) ->
            keys.put(checkedId(id), aes(key, "DATA_ENCRYPTION_RETIRED_KEYS (key id " + id + ")")));
    keys.put(checkedId(currentId), aes(currentKey, "DATA_ENCRYPTION_KEY"));
    byte[] secret = decode(learnerKeySecret, "LEARNER_KEY_SECRET");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new DataProtectionException(
          "LEARNER_KEY_SECRET must hold at least " + MIN_SECRET_BYTES + " bytes, base64");
    }
    return new DataKeys(currentId, keys, new SecretKeySpec(secret, "HmacSHA256"));
  }

  /** A fresh random 32-byte key, base64: for development, tests and {@code openssl}-less setups. */
  public static String generate() {
    byte[] key = new byte[AES_BYTES];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  /** The id of the key that seals new values. */
  public String currentId() {
    return currentId;
  }

  SecretKey current() {
    return aesKeys.get(currentId);
  }

  SecretKey aes(String keyId) {
    SecretKey key = aesKeys.get(keyId);
    if (key == null) {
      throw new DataProtectionException(
          "A value is sealed with key id '"
              + keyId
              + "', which is neither DATA_ENCRYPTION_KEY_ID nor in DATA_ENCRYPTION_RETIRED_KEYS");
    }
    return key;
  }

  SecretKey learnerKeySecret() {
    return learnerKeySecret;
  }

  private static String checkedId(String id) {
    if (!KEY_ID.matcher(id).matches()) {
      throw new DataProtectionException(
          "Data encryption key ids are 1-32 letters, digits, '.', '_' or '-', not: " + id);
    }
    return id;
  }

  private static SecretKey aes(String base64, String setting) {
    byte[] key = decode(base64, setting);
    if (key.length != AES_BYTES) {
      throw new DataProtectionException(
          setting + " must be " + AES_BYTES + " random bytes, base64 (openssl rand -base64 32)");
    }
    return new SecretKeySpec(key, "AES");
  }

  private static byte[] decode(String base64, String setting) {
    try {
      return Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new DataProtectionException(setting + " is not valid base64");
    }
  }

  @Override
  public String toString() {
    // Secrets: only the ids.
    return "DataKeys[current=" + currentId + ", known=" + aesKeys.keySet() + "]";
  }
}
