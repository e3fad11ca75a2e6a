package mx.aprende.bot.whatsapp.wire;

import java.util.List;

/**
 * One or more contact cards the user shared.
 *
 * <pre>
 * {@code "type": "contacts", "contacts": [{ "name": { "formatted_name": "Luis" }, "phones": [...] }] }
 * </pre>
 *
 * @param contacts the cards, in the order sent
 */
public record Contacts(List<SharedContact> contacts) implements MessageContent {
  /** Copies the list. */
  public Contacts {
    contacts = List.copyOf(contacts);
  }

  @Override
  public String type() {
    return "contacts";
  }
}
