package mx.aprende.ops.load;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies the way Meta does: {@code X-Hub-Signature-256: sha256=<lowercase hex
 * HMAC-SHA256 of the raw body keyed with the App Secret>}. Thread-safe; one {@link Mac} per thread
 * because signing sits on the generator's hot path.
 */
public final class WebhookSigner {

  /** The header Meta signs webhooks with. */
  public static final String HEADER = "X-Hub-Signature-256";

  private static final String ALGORITHM = "HmacSHA256";

  private final ThreadLocal<Mac> macs;

  /**
   * @param appSecret the App Secret the receiving bot checks against; not empty
   */
  public WebhookSigner(String appSecret) {
    if (appSecret.isEmpty()) {
      throw new IllegalArgumentException("app secret must not be empty");
    }
    SecretKeySpec key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(key);
                return mac;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
              }
            });
  }

  /** The header value for {@code body}. */
  public String sign(byte[] body) {
    // doFinal resets the Mac, so the thread's instance is ready for the next body.
    return "sha256=" + HexFormat.of().formatHex(macs.get().doFinal(body));
  }
}
