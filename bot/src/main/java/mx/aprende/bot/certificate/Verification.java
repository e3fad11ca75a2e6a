package mx.aprende.bot.certificate;

/** What the verification page says about an id: the stored credential re-checked now. */
public sealed interface Verification {

  /** Issued by us, signature intact, not revoked. */
  record Valid(Certificate certificate) implements Verification {}

  /** Issued by us and later revoked. */
  record Revoked(Certificate certificate) implements Verification {}

  /** Stored under this id, but its signature no longer matches: it was altered. */
  record Altered(Certificate certificate) implements Verification {}

  /** No credential has this id. */
  record Unknown() implements Verification {}
}
