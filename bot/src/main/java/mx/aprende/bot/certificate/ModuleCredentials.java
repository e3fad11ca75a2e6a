package mx.aprende.bot.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Issues and verifies the microcredential of a passed module: an Open Badges 3.0 {@code
 * OpenBadgeCredential} (a W3C Verifiable Credential 2.0) with a {@code DataIntegrityProof} in the
 * shape of the {@code eddsa-jcs-2022} cryptosuite: the proof options and the credential without its
 * proof are each canonicalised with JCS and hashed with SHA-256, and the key signs the two hashes
 * joined; the signature is multibase base58btc ({@code z...}). Changing any field of the credential
 * or of the proof makes verification fail.
 *
 * <p>The learner is identified by a salted SHA-256 hash of their name (Open Badges {@code
 * IdentityObject}), so the credential itself carries no personal data in clear.
 */
public final class ModuleCredentials {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SigningKeys keys;
  private final String baseUrl;

  /**
   * @param baseUrl the public address of the bot (issuer, achievement and key URLs), no trailing
   *     slash
   */
  public ModuleCredentials(SigningKeys keys, String baseUrl) {
    this.keys = keys;
    this.baseUrl = baseUrl;
  }

  /** What a credential says, for issuing it. */
  public record Claim(
      String credentialId,
      String moduleId,
      String moduleTitle,
      String learnerName,
      String salt,
      Instant issuedAt) {}

  /** The signed credential of a passed module as JSON text. */
  public String issue(Claim claim) {
    return sign(
        claim,
        "Módulo acreditado: " + claim.moduleTitle(),
        "Módulo del programa de educación básica para personas jóvenes y adultas.",
        "Aprobó el examen presencial del módulo en un centro comunitario.");
  }

  /**
   * The signed credential of a completed level as JSON text: the same shape, with the level's id
   * and title in place of the module's ({@code /achievements/level-<id>}).
   */
  public String issueLevel(Claim claim) {
    return sign(
        new Claim(
            claim.credentialId(),
            "level-" + claim.moduleId(),
            claim.moduleTitle(),
            claim.learnerName(),
            claim.salt(),
            claim.issuedAt()),
        "Nivel acreditado: " + claim.moduleTitle(),
        "Nivel del programa de educación básica para personas jóvenes y adultas.",
        "Aprobó los exámenes presenciales de todos los módulos del nivel.");
  }

  private String sign(Claim claim, String name, String description, String narrative) {
    ObjectNode credential = JSON.createObjectNode();
    ArrayNode context = credential.putArray("@context");
    context.add("https://www.w3.org/ns/credentials/v2");
    context.add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    credential.put("id", baseUrl + "/verify/" + claim.credentialId());
    credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
    ObjectNode issuer = credential.putObject("issuer");
    issuer.put("id", baseUrl + "/issuer");
    issuer.putArray("type").add("Profile");
    issuer.put("name", "Aprende");
    credential.put("validFrom", claim.issuedAt().toString());
    credential.put("name", name);
    ObjectNode subject = credential.putObject("credentialSubject");
    subject.putArray("type").add("AchievementSubject");
    ObjectNode identity = subject.putArray("identifier").addObject();
    identity.put("type", "IdentityObject");
    identity.put("identityHash", "sha256$" + sha256Hex(claim.learnerName() + claim.salt()));
    identity.put("identityType", "name");
    identity.put("hashed", true);
    identity.put("salt", claim.salt());
    ObjectNode achievement = subject.putObject("achievement");
    achievement.put("id", baseUrl + "/achievements/" + claim.moduleId());
    achievement.putArray("type").add("Achievement");
    achievement.put("name", claim.moduleTitle());
    achievement.put("description", description);
    achievement.putObject("criteria").put("narrative", narrative);

    ObjectNode proof = JSON.createObjectNode();
    proof.put("type", "DataIntegrityProof");
    proof.put("cryptosuite", "eddsa-jcs-2022");
    proof.put("created", claim.issuedAt().toString());
    proof.put("verificationMethod", baseUrl + "/verify/keys/" + keys.keyId());
    proof.put("proofPurpose", "assertionMethod");
    proof.put("proofValue", "z" + Base58.encode(keys.sign(signedBytes(credential, proof))));
    credential.set("proof", proof);
    return credential.toString();
  }

  /** Whether {@code json} is a credential we signed and nobody changed since. */
  public boolean verify(String json) {
    try {
      JsonNode parsed = JSON.readTree(json);
      if (!(parsed instanceof ObjectNode credential)
          || !(credential.get("proof") instanceof ObjectNode proof)) {
        return false;
      }
      ObjectNode unsigned = credential.deepCopy();
      unsigned.remove("proof");
      ObjectNode options = proof.deepCopy();
      String value = options.path("proofValue").asText("");
      options.remove("proofValue");
      String method = options.path("verificationMethod").asText("");
      String prefix = baseUrl + "/verify/keys/";
      if (!value.startsWith("z") || !method.startsWith(prefix)) {
        return false;
      }
      return keys.verify(
          method.substring(prefix.length()),
          signedBytes(unsigned, options),
          Base58.decode(value.substring(1)));
    } catch (RuntimeException | java.io.IOException e) {
      return false;
    }
  }

  /** SHA-256(JCS(proof options with the credential's context)) ‖ SHA-256(JCS(credential)). */
  private static byte[] signedBytes(ObjectNode credential, ObjectNode proof) {
    ObjectNode options = proof.deepCopy();
    options.set("@context", credential.get("@context"));
    byte[] a = sha256(Jcs.canonical(options));
    byte[] b = sha256(Jcs.canonical(credential));
    byte[] joined = new byte[a.length + b.length];
    System.arraycopy(a, 0, joined, 0, a.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new CertificateException("no SHA-256", e);
    }
  }

  private static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
  }
}
