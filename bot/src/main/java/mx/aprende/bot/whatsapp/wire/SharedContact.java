package mx.aprende.bot.whatsapp.wire;

import java.util.List;
import java.util.Optional;

/**
 * One contact card of a {@link Contacts} message, reduced to what a tutor can use.
 *
 * <pre>{@code
 * { "name": { "formatted_name": "Luis Pérez", "first_name": "Luis" },
 *   "phones": [{ "phone": "+52 55 1234 5678", "wa_id": "5215512345678", "type": "CELL" }],
 *   "emails": [{ "email": "luis@example.com", "type": "WORK" }], "org": { "company": "INEA" } }
 * }</pre>
 *
 * @param name {@code formatted_name}, else first and last name joined, else empty
 * @param phones the card's phone numbers
 * @param emails the card's e-mail addresses
 * @param organization {@code org.company}
 */
public record SharedContact(
    String name, List<Phone> phones, List<String> emails, Optional<String> organization) {
  /** Copies the lists. */
  public SharedContact {
    phones = List.copyOf(phones);
    emails = List.copyOf(emails);
  }

  /**
   * A phone number on a contact card.
   *
   * @param phone the number as written on the card
   * @param waId the WhatsApp id, when the number is on WhatsApp
   * @param label the label, e.g. {@code CELL}
   */
  public record Phone(String phone, Optional<String> waId, Optional<String> label) {}
}
