package mx.aprende.bot.certificate;

import java.time.Instant;
import java.util.Optional;

/**
 * One issued credential: a module's microcredential or a level's certificate.
 *
 * @param id the public, unguessable id (the {@code /verify/{id}} address)
 * @param learnerKey the learner's channel key (personal: never shown or logged)
 * @param kind module or level
 * @param subject the module id or the level id
 * @param title the module's or level's title as learners read it
 * @param issuedAt when it was issued
 * @param status valid or revoked
 * @param revokedAt when it was revoked
 * @param reason why it was revoked (staff's words)
 * @param signed the signed Verifiable Credential JSON; empty once the learner's data were erased
 * @param delivered whether the learner was sent its document
 * @param erasedDigest once the learner's data were erased: the SHA-256 (hex) of the signed
 *     credential as issued, which the payload embedded in their PDF still matches
 */
public record Certificate(
    String id,
    String learnerKey,
    Kind kind,
    String subject,
    String title,
    Instant issuedAt,
    Status status,
    Optional<Instant> revokedAt,
    Optional<String> reason,
    String signed,
    boolean delivered,
    Optional<String> erasedDigest) {

  /** What the credential recognises. */
  public enum Kind {
    MODULE,
    LEVEL
  }

  /** Whether it still stands. */
  public enum Status {
    VALID,
    REVOKED
  }

  /** A new valid credential. */
  public static Certificate issued(
      String id,
      String learnerKey,
      Kind kind,
      String subject,
      String title,
      Instant issuedAt,
      String signed) {
    return new Certificate(
        id,
        learnerKey,
        kind,
        subject,
        title,
        issuedAt,
        Status.VALID,
        Optional.empty(),
        Optional.empty(),
        signed,
        false,
        Optional.empty());
  }

  /** Whether the learner's data were erased (then only this verification record is left). */
  public boolean erased() {
    return erasedDigest.isPresent();
  }
}
