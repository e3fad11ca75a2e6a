package mx.aprende.bot.whatsapp.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads one {@code messages[]} item, with its sender taken from the change's {@code contacts[]}.
 */
final class MessageReader {
  private MessageReader() {}

  /**
   * The message, or empty (with the reason added to {@code ignored}) when it has no id, no usable
   * timestamp or no sender identity. Problems inside the content never drop the message.
   */
  static Optional<InboundMessage> read(
      JsonNode item, List<JsonNode> contacts, String phoneNumberId, List<Ignored> ignored) {
    if (!item.isObject()) {
      ignored.add(new Ignored("message", "not an object"));
      return Optional.empty();
    }
    Optional<String> id = LenientJson.nonEmptyText(item, "id");
    if (id.isEmpty()) {
      ignored.add(new Ignored("message", "missing id"));
      return Optional.empty();
    }
    Optional<Instant> timestamp = LenientJson.epochSeconds(item, "timestamp");
    if (timestamp.isEmpty()) {
      ignored.add(new Ignored("message", "bad timestamp"));
      return Optional.empty();
    }
    Sender sender = sender(item, contacts);
    if (!sender.identified()) {
      ignored.add(new Ignored("message", "missing sender"));
      return Optional.empty();
    }
    return Optional.of(message(item, id.get(), timestamp.get(), phoneNumberId, sender, ignored));
  }

  /** Builds the message from an item whose id and timestamp are known to be usable. */
  static InboundMessage message(
      JsonNode item,
      String id,
      Instant timestamp,
      String phoneNumberId,
      Sender sender,
      List<Ignored> ignored) {
    return new InboundMessage(
        id,
        timestamp,
        phoneNumberId,
        sender,
        ContentReader.read(item, ignored),
        LenientJson.object(item, "context").map(MessageReader::context),
        LenientJson.object(item, "referral").map(MessageReader::referral),
        ErrorReader.errors(item, ignored),
        item.toString());
  }

  /**
   * Merges the item's {@code from}/{@code from_user_id} with its contact: the contact whose {@code
   * user_id} or {@code wa_id} matches, else the only contact unless it names someone else.
   */
  static Sender sender(JsonNode item, List<JsonNode> contacts) {
    Optional<String> from = LenientJson.nonEmptyText(item, "from");
    Optional<String> fromUser = LenientJson.nonEmptyText(item, "from_user_id");
    Optional<JsonNode> contact = contact(contacts, from, fromUser);
    Optional<JsonNode> profile = contact.flatMap(c -> LenientJson.object(c, "profile"));
    return new Sender(
        fromUser.or(() -> contact.flatMap(c -> LenientJson.nonEmptyText(c, "user_id"))),
        from.or(() -> contact.flatMap(c -> LenientJson.nonEmptyText(c, "wa_id"))),
        profile.flatMap(p -> LenientJson.nonEmptyText(p, "name")),
        profile.flatMap(p -> LenientJson.nonEmptyText(p, "username")));
  }

  private static Optional<JsonNode> contact(
      List<JsonNode> contacts, Optional<String> from, Optional<String> fromUser) {
    for (JsonNode contact : contacts) {
      Optional<String> userId = LenientJson.nonEmptyText(contact, "user_id");
      Optional<String> waId = LenientJson.nonEmptyText(contact, "wa_id");
      if ((fromUser.isPresent() && fromUser.equals(userId))
          || (from.isPresent() && from.equals(waId))) {
        return Optional.of(contact);
      }
    }
    if (contacts.size() == 1 && contacts.getFirst().isObject()) {
      JsonNode only = contacts.getFirst();
      boolean contradicts =
          contradicts(fromUser, LenientJson.nonEmptyText(only, "user_id"))
              || contradicts(from, LenientJson.nonEmptyText(only, "wa_id"));
      return contradicts ? Optional.empty() : Optional.of(only);
    }
    return Optional.empty();
  }

  private static boolean contradicts(Optional<String> ours, Optional<String> theirs) {
    return ours.isPresent() && theirs.isPresent() && !ours.equals(theirs);
  }

  private static MessageContext context(JsonNode context) {
    return new MessageContext(
        LenientJson.nonEmptyText(context, "from"),
        LenientJson.nonEmptyText(context, "id"),
        LenientJson.flag(context, "forwarded"),
        LenientJson.flag(context, "frequently_forwarded"),
        LenientJson.object(context, "referred_product")
            .flatMap(
                p ->
                    LenientJson.nonEmptyText(p, "catalog_id")
                        .flatMap(
                            catalog ->
                                LenientJson.nonEmptyText(p, "product_retailer_id")
                                    .map(
                                        product ->
                                            new MessageContext.ReferredProduct(
                                                catalog, product)))));
  }

  private static Referral referral(JsonNode referral) {
    return new Referral(
        LenientJson.nonEmptyText(referral, "source_url"),
        LenientJson.nonEmptyText(referral, "source_id"),
        LenientJson.nonEmptyText(referral, "source_type"),
        LenientJson.nonEmptyText(referral, "headline"),
        LenientJson.nonEmptyText(referral, "body"),
        LenientJson.nonEmptyText(referral, "media_type"),
        LenientJson.nonEmptyText(referral, "image_url"),
        LenientJson.nonEmptyText(referral, "video_url"),
        LenientJson.nonEmptyText(referral, "thumbnail_url"),
        LenientJson.nonEmptyText(referral, "ctwa_clid"));
  }
}
