package mx.aprende.bot.whatsapp.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the list-shaped message payloads: shared contact cards and catalogue orders. */
final class CardReader {
  private CardReader() {}

  /**
   * {@code message.contacts[]}: cards that are not objects are dropped; none at all is bad content.
   */
  static Contacts contacts(JsonNode message) throws BadContentException {
    List<SharedContact> cards = new ArrayList<>();
    for (JsonNode card : LenientJson.array(message, "contacts")) {
      if (card.isObject()) {
        cards.add(card(card));
      }
    }
    if (cards.isEmpty()) {
      throw new BadContentException("contacts");
    }
    return new Contacts(cards);
  }

  private static SharedContact card(JsonNode card) {
    List<SharedContact.Phone> phones = new ArrayList<>();
    for (JsonNode phone : LenientJson.array(card, "phones")) {
      LenientJson.nonEmptyText(phone, "phone")
          .or(() -> LenientJson.nonEmptyText(phone, "wa_id"))
          .ifPresent(
              number ->
                  phones.add(
                      new SharedContact.Phone(
                          number,
                          LenientJson.nonEmptyText(phone, "wa_id"),
                          LenientJson.nonEmptyText(phone, "type"))));
    }
    List<String> emails = new ArrayList<>();
    for (JsonNode email : LenientJson.array(card, "emails")) {
      LenientJson.nonEmptyText(email, "email").ifPresent(emails::add);
    }
    return new SharedContact(
        name(card),
        phones,
        emails,
        LenientJson.object(card, "org").flatMap(o -> LenientJson.nonEmptyText(o, "company")));
  }

  private static String name(JsonNode card) {
    Optional<JsonNode> name = LenientJson.object(card, "name");
    return name.flatMap(n -> LenientJson.nonEmptyText(n, "formatted_name"))
        .orElseGet(
            () ->
                name.map(
                        n ->
                            Stream.of("first_name", "last_name")
                                .flatMap(f -> LenientJson.nonEmptyText(n, f).stream())
                                .collect(Collectors.joining(" ")))
                    .orElse(""));
  }

  /** {@code message.order}: lines without a product id or a quantity are dropped. */
  static Order order(JsonNode order) throws BadContentException {
    String catalogId = ContentReader.required(order, "catalog_id");
    List<OrderItem> items = new ArrayList<>();
    for (JsonNode item : LenientJson.array(order, "product_items")) {
      Optional<String> product = LenientJson.nonEmptyText(item, "product_retailer_id");
      Optional<Integer> quantity = LenientJson.integer(item, "quantity");
      if (product.isPresent() && quantity.isPresent()) {
        items.add(
            new OrderItem(
                product.get(),
                quantity.get(),
                LenientJson.decimal(item, "item_price").orElse(BigDecimal.ZERO),
                LenientJson.text(item, "currency").orElse("")));
      }
    }
    return new Order(catalogId, LenientJson.nonEmptyText(order, "text"), items);
  }
}
