package mx.aprende.bot.certificate;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Ed25519 keys that sign credentials (the JDK's own implementation, no library): the current
 * key, which signs, under its key id, and the public keys of earlier ids, which still verify what
 * they signed. Rotation: generate a new key, give it a new id, and move the old id's public key to
 * the retired list; nothing issued before needs re-signing.
 */
public final class SigningKeys {

  private final String keyId;
  private final PrivateKey signing;
  private final Map<String, PublicKey> verifying;

  private SigningKeys(String keyId, PrivateKey signing, Map<String, PublicKey> verifying) {
    this.keyId = keyId;
    this.signing = signing;
    this.verifying = Map.copyOf(verifying);
  }

  /**
   * Keys from configuration.
   *
   * @param keyId the id of the current key (appears in every proof)
   * @param pkcs8Base64 the current private key, PKCS#8 DER, base64
   * @param retired earlier key ids and their public keys (X.509 DER, base64)
   * @throws CertificateException when a key cannot be read
   */
  public static SigningKeys of(String keyId, String pkcs8Base64, Map<String, String> retired) {
    try {
      KeyFactory factory = KeyFactory.getInstance("Ed25519");
      PrivateKey key =
          factory.generatePrivate(
              new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Base64.strip())));
      Map<String, PublicKey> verifying = new HashMap<>();
      for (Map.Entry<String, String> e : retired.entrySet()) {
        verifying.put(
            e.getKey(),
            factory.generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(e.getValue().strip()))));
      }
      verifying.put(keyId, publicOf(key));
      return new SigningKeys(keyId, key, verifying);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new CertificateException(
          "CERTIFICATE_SIGNING_KEY must be an Ed25519 private key, PKCS#8, base64", e);
    }
  }

  /** A fresh key pair (development mode, tests); its private key as PKCS#8 base64 for settings. */
  public static String generatePkcs8() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    } catch (GeneralSecurityException e) {
      throw new CertificateException("this JDK has no Ed25519", e);
    }
  }

  public String keyId() {
    return keyId;
  }

  /** The public key of {@code id}, X.509 DER base64, for publishing. */
  public Optional<String> publicKey(String id) {
    return Optional.ofNullable(verifying.get(id))
        .map(k -> Base64.getEncoder().encodeToString(k.getEncoded()));
  }

  /** Signs {@code data} with the current key. */
  public byte[] sign(byte[] data) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(signing);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new CertificateException("signing failed", e);
    }
  }

  /** Whether {@code signatureBytes} is key {@code id}'s signature of {@code data}. */
  public boolean verify(String id, byte[] data, byte[] signatureBytes) {
    PublicKey key = verifying.get(id);
    if (key == null) {
      return false;
    }
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initVerify(key);
      signature.update(data);
      return signature.verify(signatureBytes);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * The public key of an Ed25519 private key. The JDK has no direct call for it, so we let its key
   * generator derive the pair from the private key's 32 bytes, which is exactly what RFC 8032
   * defines (the generator's randomness is the private key).
   */
  private static PublicKey publicOf(PrivateKey key) throws GeneralSecurityException {
    byte[] seed =
        ((EdECPrivateKey) key)
            .getBytes()
            .orElseThrow(() -> new CertificateException("the private key hides its bytes"));
    SecureRandom fixed =
        new SecureRandom() {
          @Override
          public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
          }
        };
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    generator.initialize(NamedParameterSpec.ED25519, fixed);
    KeyPair pair = generator.generateKeyPair();
    if (!java.util.Arrays.equals(pair.getPrivate().getEncoded(), key.getEncoded())) {
      throw new CertificateException("could not derive the public key");
    }
    return pair.getPublic();
  }
}
