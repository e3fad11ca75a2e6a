package mx.aprende.bot.certificate;

import java.time.Instant;
import java.util.Optional;

/** Port: where issued credentials are kept. At most one per learner, kind and subject. */
public interface CertificateStore {

  /** Stores {@code certificate}; false (and nothing stored) when its learner already has one. */
  boolean insert(Certificate certificate);

  Optional<Certificate> find(String id);

  /** The learner's credential of {@code kind} for {@code subject} (a module or level id). */
  Optional<Certificate> of(String learnerKey, Certificate.Kind kind, String subject);

  /** Marks {@code id} revoked; false when no such credential exists. */
  boolean revoke(String id, String reason, Instant at);

  /** Records that the learner was sent the document of {@code id}. */
  void markDelivered(String id);

  /**
   * Forgets who holds the learner's credentials but keeps each one's verification record: the link
   * to the learner and the stored credential (it carries a salted hash of their name) are removed,
   * the id, kind, subject, title, dates, status and the credential's SHA-256 stay.
   *
   * @return how many credentials were anonymised
   */
  long forget(String learnerKey, Instant at);
}
