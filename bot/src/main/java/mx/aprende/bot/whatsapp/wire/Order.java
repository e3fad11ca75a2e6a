package mx.aprende.bot.whatsapp.wire;

import java.util.List;
import java.util.Optional;

/**
 * A cart sent from a catalogue.
 *
 * <pre>{@code
 * "type": "order",
 * "order": { "catalog_id": "7788", "text": "Para mañana",
 *            "product_items": [{ "product_retailer_id": "book-1", "quantity": "2", ... }] }
 * }</pre>
 *
 * @param catalogId the catalogue
 * @param text the note the user wrote
 * @param items the ordered lines
 */
public record Order(String catalogId, Optional<String> text, List<OrderItem> items)
    implements MessageContent {
  /** Copies the list. */
  public Order {
    items = List.copyOf(items);
  }

  @Override
  public String type() {
    return "order";
  }
}
