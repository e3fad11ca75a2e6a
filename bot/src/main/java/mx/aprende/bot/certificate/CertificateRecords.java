package mx.aprende.bot.certificate;

import java.time.InstantSource;
import mx.aprende.bot.privacy.PersonalData;

/**
 * What erasing a learner does to their credentials: the verification records stay, the personal
 * data go. An employer holding the learner's PDF must still be able to check it ({@code
 * /verify/{id}} keeps saying valid or revoked, and the payload embedded in the PDF still verifies
 * against our public key), but we keep neither who the learner is nor the stored credential, whose
 * subject is a salted hash of their name (with the salt next to it, a name could be guessed and
 * checked). What is left — id, module or level, dates, status and the credential's SHA-256 — says
 * nothing about the person. See {@link CertificateStore#forget}.
 */
public final class CertificateRecords implements PersonalData {

  private final CertificateStore store;
  private final InstantSource clock;

  public CertificateRecords(CertificateStore store, InstantSource clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "certificates";
  }

  @Override
  public long erase(String learnerKey) {
    return store.forget(learnerKey, clock.instant());
  }
}
