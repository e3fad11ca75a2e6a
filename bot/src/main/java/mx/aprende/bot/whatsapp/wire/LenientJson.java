package mx.aprende.bot.whatsapp.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Field access that never throws on a wrong JSON type: scalars are coerced where the meaning is
 * clear (a number where a string was expected), anything else reads as absent.
 */
final class LenientJson {
  private LenientJson() {}

  /** A string field; numbers and booleans are taken as their text, objects and arrays as absent. */
  static Optional<String> text(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isValueNode() || node.isNull()) {
      return Optional.empty();
    }
    return Optional.of(node.asText());
  }

  /** A string field that must be present and not empty. */
  static Optional<String> nonEmptyText(JsonNode parent, String field) {
    return text(parent, field).filter(s -> !s.isEmpty());
  }

  /** An object field. */
  static Optional<JsonNode> object(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
  }

  /** The elements of an array field; empty when the field is absent or not an array. */
  static List<JsonNode> array(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    List<JsonNode> elements = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(elements::add);
    }
    return elements;
  }

  /** Whether the field is present but not an array (worth reporting, since its items are lost). */
  static boolean presentButNotArray(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    return node != null && !node.isNull() && !node.isArray();
  }

  /** A boolean field; {@code true} or {@code "true"} count as true, anything else as false. */
  static boolean flag(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    return node != null && (node.isBoolean() ? node.booleanValue() : "true".equals(node.asText()));
  }

  /** A decimal number field, given as a JSON number or a numeric string. */
  static Optional<BigDecimal> decimal(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (node != null && node.isNumber()) {
      return Optional.of(node.decimalValue());
    }
    try {
      return text(parent, field).map(s -> new BigDecimal(s.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A whole number field that fits an {@code int}, given as a number or a numeric string. */
  static Optional<Integer> integer(JsonNode parent, String field) {
    try {
      return decimal(parent, field).map(BigDecimal::intValueExact);
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** A Unix-seconds timestamp, documented as a string but tolerated as a number. */
  static Optional<Instant> epochSeconds(JsonNode parent, String field) {
    try {
      return decimal(parent, field).map(BigDecimal::longValueExact).map(Instant::ofEpochSecond);
    } catch (ArithmeticException | java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
