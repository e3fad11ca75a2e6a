package mx.aprende.bot.whatsapp.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads one {@code statuses[]} item. */
final class StatusReader {
  private StatusReader() {}

  /**
   * The status, or empty (with the reason added to {@code ignored}) when it has no id, a status
   * value this version does not know (reported as {@code ("status", value)}) or no usable
   * timestamp.
   */
  static Optional<StatusUpdate> read(JsonNode item, String phoneNumberId, List<Ignored> ignored) {
    if (!item.isObject()) {
      ignored.add(new Ignored("status", "not an object"));
      return Optional.empty();
    }
    Optional<String> id = LenientJson.nonEmptyText(item, "id");
    if (id.isEmpty()) {
      ignored.add(new Ignored("status", "missing id"));
      return Optional.empty();
    }
    String value = LenientJson.text(item, "status").orElse("");
    Optional<DeliveryStatus> status = DeliveryStatus.parse(value);
    if (status.isEmpty()) {
      ignored.add(new Ignored("status", value.isEmpty() ? "missing status" : value));
      return Optional.empty();
    }
    Optional<Instant> timestamp = LenientJson.epochSeconds(item, "timestamp");
    if (timestamp.isEmpty()) {
      ignored.add(new Ignored("status", "bad timestamp"));
      return Optional.empty();
    }
    return Optional.of(
        new StatusUpdate(
            id.get(),
            status.get(),
            timestamp.get(),
            phoneNumberId,
            LenientJson.text(item, "recipient_id"),
            LenientJson.text(item, "recipient_user_id"),
            LenientJson.nonEmptyText(item, "biz_opaque_callback_data"),
            LenientJson.object(item, "pricing").map(StatusReader::pricing),
            ErrorReader.errors(item, ignored)));
  }

  private static Pricing pricing(JsonNode pricing) {
    return new Pricing(
        LenientJson.flag(pricing, "billable"),
        LenientJson.nonEmptyText(pricing, "pricing_model"),
        LenientJson.nonEmptyText(pricing, "type"),
        LenientJson.nonEmptyText(pricing, "category"));
  }
}
