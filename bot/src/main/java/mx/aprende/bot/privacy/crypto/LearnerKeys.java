package mx.aprende.bot.privacy.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;

/**
 * Learner keys: the stable pseudonym every store uses for a learner, {@code lk_} followed by 26
 * base32 characters of HMAC-SHA256(secret, channel + ":" + channel id) (the first 128 bits). The
 * same WhatsApp id always gives the same key, so lookups work without the id; without the secret
 * nobody can tell whose key it is, not even by hashing every Mexican phone number (a plain hash
 * would fall to that in minutes).
 *
 * <p>Thread-safe; {@link Mac} instances are reused ({@link Reusable}), so a key costs about a
 * microsecond.
 */
public final class LearnerKeys {

  /** What every learner key starts with. */
  public static final String PREFIX = "lk_";

  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final int KEY_BITS = 128;

  private final DataKeys keys;
  private final Reusable<Mac> macs;

  public LearnerKeys(DataKeys keys) {
    this.keys = keys;
    this.macs =
        new Reusable<>(
            () -> {
              Mac mac = Mac.getInstance("HmacSHA256");
              mac.init(keys.learnerKeySecret());
              return mac;
            },
            64);
  }

  /**
   * The learner key of {@code channelId} on {@code channel}.
   *
   * @param channel e.g. {@code whatsapp}
   * @param channelId the channel's id of the person (WhatsApp: phone digits or BSUID)
   */
  public String of(String channel, String channelId) {
    byte[] digest;
    try {
      Mac mac = macs.take();
      // doFinal resets the Mac to its key, ready for the next caller.
      digest = mac.doFinal((channel + ":" + channelId).getBytes(StandardCharsets.UTF_8));
      macs.give(mac);
    } catch (GeneralSecurityException e) {
      throw new DataProtectionException("HMAC-SHA256 failed", e);
    }
    return PREFIX + base32(digest, KEY_BITS);
  }

  /** Whether {@code key} looks like a learner key (rather than a raw channel id). */
  public static boolean isLearnerKey(String key) {
    return key.startsWith(PREFIX) && key.length() == PREFIX.length() + (KEY_BITS + 4) / 5;
  }

  /** The first {@code bits} of {@code bytes} in lower-case RFC 4648 base32, without padding. */
  private static String base32(byte[] bytes, int bits) {
    StringBuilder out = new StringBuilder((bits + 4) / 5);
    for (int bit = 0; bit < bits; bit += 5) {
      int index = bit / 8;
      int offset = bit % 8;
      int window =
          (bytes[index] & 0xff) << 8 | (index + 1 < bytes.length ? bytes[index + 1] & 0xff : 0);
      int value = (window >> (11 - offset)) & 0x1f;
      if (bit + 5 > bits) {
        // Last group: only the bits that are left, padded with zeros on the right.
        value &= 0x1f << (bit + 5 - bits) & 0x1f;
      }
      out.append(BASE32[value]);
    }
    return out.toString();
  }
}
