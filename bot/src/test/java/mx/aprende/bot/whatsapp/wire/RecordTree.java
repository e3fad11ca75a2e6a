package mx.aprende.bot.whatsapp.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Renders the wire records as a JSON tree (component name → value; an empty {@code Optional} as
 * {@code null}) so table rows can state expected values in JSON. Adds {@code type} to every {@link
 * MessageContent} and {@code type} and {@code senderKey} to {@link InboundMessage}; drops {@code
 * rawJson}, which has its own round-trip test.
 */
final class RecordTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RecordTree() {}

  static JsonNode of(Object value) {
    return switch (value) {
      case null -> NODES.nullNode();
      case Optional<?> optional -> optional.map(RecordTree::of).orElse(NODES.nullNode());
      case List<?> list -> {
        ArrayNode array = NODES.arrayNode();
        list.forEach(item -> array.add(of(item)));
        yield array;
      }
      case Record record -> record(record);
      case String s -> NODES.textNode(s);
      case Boolean b -> NODES.booleanNode(b);
      case Integer i -> NODES.numberNode(i);
      case Double d -> NODES.numberNode(d);
      case BigDecimal d -> NODES.numberNode(d);
      case Enum<?> e -> NODES.textNode(e.name());
      case Instant instant -> NODES.textNode(instant.toString());
      case URI uri -> NODES.textNode(uri.toString());
      default -> throw new IllegalArgumentException("no rendering for " + value.getClass());
    };
  }

  private static ObjectNode record(Record record) {
    ObjectNode node = NODES.objectNode();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      try {
        node.set(component.getName(), of(component.getAccessor().invoke(record)));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
    }
    if (record instanceof MessageContent content) {
      node.put("type", content.type());
    }
    if (record instanceof InboundMessage message) {
      node.remove("rawJson");
      node.put("type", message.content().type());
      node.put("senderKey", message.sender().key());
    }
    return node;
  }
}
