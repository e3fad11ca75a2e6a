package mx.aprende.bot.whatsapp.wire;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final String SECRET = "aprende-test-secret";
  private static final byte[] BODY =
      "{\"object\":\"whatsapp_business_account\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);

  /**
   * Computed once outside Java: {@code printf '%s' '<BODY>' | openssl dgst -sha256 -hmac
   * 'aprende-test-secret'}.
   */
  private static final String OPENSSL_HEADER =
      "sha256=9b2acd085f41a316329ffc340ad88681cf4c5d3728a3c93ee67f915e1862157e";

  private final WebhookSignature signature = WebhookSignature.create(SECRET);

  /** The signature of a fixed body equals the independent openssl vector. */
  @Test
  void signsLikeOpenssl() {
    assertThat(signature.sign(BODY), is(OPENSSL_HEADER));
  }

  /** A header carrying the correct HMAC is accepted. */
  @Test
  void acceptsValidSignature() {
    assertThat(signature.matches(BODY, Optional.of(OPENSSL_HEADER)), is(true));
  }

  /** A header computed with another secret is rejected. */
  @Test
  void rejectsSignatureFromAnotherSecret() {
    String other = WebhookSignature.create("another-secret").sign(BODY);
    assertThat(signature.matches(BODY, Optional.of(other)), is(false));
  }

  /** A missing header is rejected. */
  @Test
  void rejectsMissingHeader() {
    assertThat(signature.matches(BODY, Optional.empty()), is(false));
  }

  /** The digest without the {@code sha256=} prefix, or with another prefix, is rejected. */
  @Test
  void rejectsWrongPrefix() {
    String hex = OPENSSL_HEADER.substring("sha256=".length());
    assertThat(signature.matches(BODY, Optional.of(hex)), is(false));
    assertThat(signature.matches(BODY, Optional.of("sha1=" + hex)), is(false));
    assertThat(signature.matches(BODY, Optional.of("SHA256=" + hex)), is(false));
  }

  /** Garbled headers (empty, truncated, non-hex, too long) are rejected without throwing. */
  @Test
  void rejectsGarbledHeaders() {
    assertThat(signature.matches(BODY, Optional.of("")), is(false));
    assertThat(signature.matches(BODY, Optional.of("sha256=")), is(false));
    assertThat(signature.matches(BODY, Optional.of(OPENSSL_HEADER.substring(0, 70))), is(false));
    assertThat(signature.matches(BODY, Optional.of(OPENSSL_HEADER + "00")), is(false));
    String nonHex = OPENSSL_HEADER.substring(0, OPENSSL_HEADER.length() - 1) + "z";
    assertThat(signature.matches(BODY, Optional.of(nonHex)), is(false));
  }

  /** Changing one byte of the body invalidates the signature. */
  @Test
  void rejectsBodyChangedByOneByte() {
    byte[] changed = BODY.clone();
    changed[changed.length - 2] = (byte) ' ';
    assertThat(signature.matches(changed, Optional.of(OPENSSL_HEADER)), is(false));
  }

  /**
   * Uppercase hex digits spell the same digest and are accepted (documented choice); sign is
   * lowercase.
   */
  @Test
  void acceptsUppercaseHexAndSignsLowercase() {
    String upper = "sha256=" + OPENSSL_HEADER.substring(7).toUpperCase(Locale.ROOT);
    assertThat(signature.matches(BODY, Optional.of(upper)), is(true));
    assertThat(
        signature.sign(BODY).equals(signature.sign(BODY).toLowerCase(Locale.ROOT)), is(true));
  }

  /** Surrounding whitespace in the header value is tolerated. */
  @Test
  void toleratesSurroundingWhitespace() {
    assertThat(signature.matches(BODY, Optional.of(" " + OPENSSL_HEADER + " ")), is(true));
  }

  /** Whatever sign produces, matches accepts, for any body including an empty one. */
  @Test
  void signAndMatchRoundTrip() {
    for (String body : new String[] {"", "hola", "{\"a\":\"\\u00e9\"}"}) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      assertThat(body, signature.matches(bytes, Optional.of(signature.sign(bytes))), is(true));
    }
  }

  /** An empty app secret is a configuration error, reported at creation. */
  @Test
  void refusesEmptySecret() {
    assertThrows(IllegalArgumentException.class, () -> WebhookSignature.create(""));
  }
}
