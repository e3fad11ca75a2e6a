package mx.aprende.ops.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import mx.aprende.bot.whatsapp.wire.WebhookSignature;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

  /** The signature is the well-known HMAC-SHA256 test vector, lowercase hex after sha256=. */
  @Test
  void signsWithHmacSha256() {
    byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

    assertThat(
        new WebhookSigner("key").sign(body),
        is("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"));
  }

  /** The bot's own checker accepts our signature, and rejects it under another secret. */
  @Test
  void theBotAcceptsTheSignature() {
    byte[] body = "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);
    String header = new WebhookSigner("app-secret").sign(body);

    assertThat(WebhookSignature.create("app-secret").matches(body, Optional.of(header)), is(true));
    assertThat(WebhookSignature.create("other").matches(body, Optional.of(header)), is(false));
  }

  /** Signing many bodies on one thread gives the same result as a fresh signer (the Mac resets). */
  @Test
  void reusedMacGivesStableSignatures() {
    WebhookSigner signer = new WebhookSigner("s");
    byte[] a = "a".getBytes(StandardCharsets.UTF_8);
    signer.sign("b".getBytes(StandardCharsets.UTF_8));

    assertThat(signer.sign(a), is(new WebhookSigner("s").sign(a)));
  }
}
