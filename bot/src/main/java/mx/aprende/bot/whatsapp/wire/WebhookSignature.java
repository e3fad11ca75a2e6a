package mx.aprende.bot.whatsapp.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks and produces the {@code X-Hub-Signature-256} header Meta puts on every webhook POST:
 * {@code sha256=<hex HMAC-SHA256 of the raw body, keyed with the App Secret>} (WHATSAPP.md §4.1).
 * Thread-safe.
 *
 * <p>Always check the raw bytes as received, before any parsing. The prefix must be exactly {@code
 * sha256=}; the hex digits are accepted in either case, since both spell the same digest and Meta
 * documents only lowercase (which {@link #sign} produces). Digests are compared in constant time.
 */
public final class WebhookSignature {
  private static final String ALGORITHM = "HmacSHA256";
  private static final String PREFIX = "sha256=";
  private static final int DIGEST_HEX_LENGTH = 64;

  private final SecretKeySpec key;

  private WebhookSignature(SecretKeySpec key) {
    this.key = key;
  }

  /**
   * A signature checker for one app.
   *
   * @param appSecret the App Secret (App settings → Basic), not the access or verify token
   * @throws IllegalArgumentException when the secret is empty
   */
  public static WebhookSignature create(String appSecret) {
    Objects.requireNonNull(appSecret, "appSecret");
    if (appSecret.isEmpty()) {
      throw new IllegalArgumentException("app secret must not be empty");
    }
    return new WebhookSignature(
        new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
  }

  /**
   * Whether {@code headerValue} is the signature of {@code rawBody}; false when the header is
   * missing, lacks the {@code sha256=} prefix or is not 64 hex digits.
   */
  public boolean matches(byte[] rawBody, Optional<String> headerValue) {
    Objects.requireNonNull(rawBody, "rawBody");
    Optional<byte[]> claimed = headerValue.flatMap(WebhookSignature::digestOf);
    return claimed.isPresent() && MessageDigest.isEqual(hmac(rawBody), claimed.get());
  }

  /** The header value Meta would send for {@code rawBody}: {@code sha256=} and lowercase hex. */
  public String sign(byte[] rawBody) {
    Objects.requireNonNull(rawBody, "rawBody");
    return PREFIX + HexFormat.of().formatHex(hmac(rawBody));
  }

  private static Optional<byte[]> digestOf(String headerValue) {
    String value = headerValue.strip();
    if (!value.startsWith(PREFIX) || value.length() != PREFIX.length() + DIGEST_HEX_LENGTH) {
      return Optional.empty();
    }
    try {
      return Optional.of(HexFormat.of().parseHex(value, PREFIX.length(), value.length()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] hmac(byte[] body) {
    try {
      // A Mac is not thread-safe and cheap to create next to the HMAC itself.
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
