/**
 * Personal data at rest: phone numbers, names and message texts are sealed field by field with
 * AES-256-GCM ({@link mx.aprende.bot.privacy.crypto.FieldCipher}), and learners are known inside
 * the bot only by a keyed hash of their channel id ({@link
 * mx.aprende.bot.privacy.crypto.LearnerKeys}).
 *
 * <p>Why this shape:
 *
 * <ul>
 *   <li><b>Pseudonymise at the edge.</b> The webhook turns the WhatsApp id into the learner key
 *       before anything is stored, so sessions, engine state, attempts, reminders, flags, exams and
 *       erasure never hold the phone number at all; only the inbound record (sealed) and the
 *       contact (sealed, {@link mx.aprende.bot.contacts.Contacts}) can lead back to it. Encrypting
 *       the key in every collection instead would make every lookup need a deterministic
 *       encryption, which leaks equality just like a hash but costs more and rotates badly.
 *   <li><b>HMAC, not a plain hash.</b> Mexican mobile numbers are a space of about 10^10: a plain
 *       SHA-256 of every one takes minutes on a laptop. HMAC-SHA256 with a secret kept outside the
 *       database cannot be recomputed from a database dump.
 *   <li><b>A separate secret for learner keys.</b> Deriving it from the AES key would change every
 *       learner key when the AES key rotates; {@code LEARNER_KEY_SECRET} never rotates (doing so is
 *       a re-keying of every collection, see docs/encryption.md).
 *   <li><b>Random nonces, key id in front.</b> Each value is {@code <keyId>:base64(nonce || ct ||
 *       tag)}: the current key seals, retired keys still open, values are re-sealed lazily when
 *       written again (contacts, sessions) or expire (inbound after the retention, outbox items). A
 *       random 96-bit nonce stays safe for about 2^32 values per key: rotate the key before that
 *       (docs/encryption.md gives the arithmetic).
 *   <li><b>JDK only.</b> {@code javax.crypto} does all of it; engines are pooled ({@code Reusable})
 *       because creating one costs more than using it.
 * </ul>
 */
package mx.aprende.bot.privacy.crypto;
