package mx.aprende.bot.certificate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModuleCredentialsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "https://aprende.example";
  private static final String OLD_KEY = SigningKeys.generatePkcs8();
  private static final String NEW_KEY = SigningKeys.generatePkcs8();
  private static final ModuleCredentials.Claim CLAIM =
      new ModuleCredentials.Claim(
          "cred-1",
          "fracciones",
          "Fracciones y porcentajes",
          "Ana López Pérez",
          "s4lt",
          Instant.parse("2026-12-05T18:00:00Z"));

  private final ModuleCredentials credentials =
      new ModuleCredentials(SigningKeys.of("k1", OLD_KEY, Map.of()), BASE);

  /** A freshly issued credential verifies and has the Open Badges 3.0 shape. */
  @Test
  void issuedCredentialVerifies() throws Exception {
    String vc = credentials.issue(CLAIM);
    assertThat(credentials.verify(vc), is(true));
    var tree = JSON.readTree(vc);
    assertThat(tree.path("type").get(1).asText(), is("OpenBadgeCredential"));
    assertThat(tree.path("proof").path("cryptosuite").asText(), is("eddsa-jcs-2022"));
    assertThat(tree.path("proof").path("proofValue").asText(), containsString("z"));
    assertThat(vc, not(containsString("Ana")));
  }

  /** Changing any signed field, in the credential or its proof, breaks verification. */
  @ParameterizedTest
  @CsvSource({
    "/name, Módulo acreditado: Álgebra",
    "/validFrom, 2020-01-01T00:00:00Z",
    "/credentialSubject/achievement/name, Álgebra",
    "/issuer/name, Otro",
    "/proof/created, 2020-01-01T00:00:00Z"
  })
  void tamperedCredentialFails(String pointer, String value) throws Exception {
    ObjectNode vc = (ObjectNode) JSON.readTree(credentials.issue(CLAIM));
    int cut = pointer.lastIndexOf('/');
    ((ObjectNode) vc.at(pointer.substring(0, cut).isEmpty() ? "" : pointer.substring(0, cut)))
        .put(pointer.substring(cut + 1), value);
    assertThat(credentials.verify(vc.toString()), is(false));
  }

  /** After a key rotation, credentials signed by the retired key still verify; unknown ids fail. */
  @Test
  void rotationKeepsOldCredentialsValid() {
    String old = credentials.issue(CLAIM);
    SigningKeys oldKeys = SigningKeys.of("k1", OLD_KEY, Map.of());
    SigningKeys rotated =
        SigningKeys.of("k2", NEW_KEY, Map.of("k1", oldKeys.publicKey("k1").orElseThrow()));
    ModuleCredentials after = new ModuleCredentials(rotated, BASE);
    assertThat(after.verify(old), is(true));
    String fresh = after.issue(CLAIM);
    assertThat(fresh, containsString("/keys/k2"));
    assertThat(after.verify(fresh), is(true));
    assertThat(credentials.verify(fresh), is(false));
  }

  /** A key that is not Ed25519 PKCS#8 base64 is refused at start-up. */
  @Test
  void badKeyIsRefused() {
    assertThrows(CertificateException.class, () -> SigningKeys.of("k1", "bm90IGEga2V5", Map.of()));
  }

  /** Base58 round-trips, leading zero bytes included. */
  @Test
  void base58RoundTrip() {
    byte[] bytes = {0, 0, 1, 2, (byte) 255, 17};
    assertThat(Base58.decode(Base58.encode(bytes)), is(bytes));
    assertThat(Base58.encode(new byte[] {0, 0}), is("11"));
  }
}
