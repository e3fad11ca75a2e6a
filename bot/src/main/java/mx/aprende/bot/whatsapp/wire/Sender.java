package mx.aprende.bot.whatsapp.wire;

import java.util.Optional;

/**
 * Who sent an inbound message, merged from {@code messages[].from/from_user_id} and the matching
 * {@code contacts[]} item. Since 2026 a user may have a business-scoped user id (BSUID) and an
 * empty phone number, so learners are keyed by {@link #key()}.
 *
 * <pre>{@code
 * "contacts": [{ "profile": { "name": "Ana", "username": "ana.mx" },
 *                "wa_id": "", "user_id": "MX.1349120865530274" }]
 * }</pre>
 *
 * @param userId the BSUID ({@code user_id} / {@code from_user_id})
 * @param phone the phone number, digits only ({@code wa_id} / {@code from})
 * @param profileName the WhatsApp profile name the user chose
 * @param username the WhatsApp username, when the user has one
 */
public record Sender(
    Optional<String> userId,
    Optional<String> phone,
    Optional<String> profileName,
    Optional<String> username) {

  /** Treats empty strings as absent: Meta sends {@code "wa_id": ""} for username users. */
  public Sender {
    userId = userId.filter(s -> !s.isEmpty());
    phone = phone.filter(s -> !s.isEmpty());
    profileName = profileName.filter(s -> !s.isEmpty());
    username = username.filter(s -> !s.isEmpty());
  }

  /** A sender known only by phone number, as before BSUIDs. */
  public static Sender ofPhone(String phone, String profileName) {
    return new Sender(
        Optional.empty(), Optional.of(phone), Optional.of(profileName), Optional.empty());
  }

  /** Whether the sender has a BSUID or a phone number, i.e. whether {@link #key()} works. */
  public boolean identified() {
    return userId.isPresent() || phone.isPresent();
  }

  /**
   * The stable key of this user: the BSUID when present, else the phone number.
   *
   * @throws IllegalStateException when the sender has neither (never for senders from {@link
   *     WebhookParser}, which skips such messages)
   */
  public String key() {
    return userId
        .or(() -> phone)
        .orElseThrow(() -> new IllegalStateException("sender has neither user id nor phone"));
  }
}
