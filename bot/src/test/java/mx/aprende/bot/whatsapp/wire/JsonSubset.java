package mx.aprende.bot.whatsapp.wire;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Map;

/**
 * Asserts that an actual JSON tree contains every field an expected tree states: objects may have
 * more fields, arrays must have the same length, {@code null} means absent, numbers compare by
 * value.
 */
final class JsonSubset {
  private JsonSubset() {}

  static void assertContains(String path, JsonNode expected, JsonNode actual) {
    if (expected.isObject()) {
      assertThat(path + " is an object", actual.isObject(), is(true));
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        JsonNode actualField = actual.has(field.getKey()) ? actual.get(field.getKey()) : null;
        assertThat(path + "." + field.getKey() + " exists", actualField != null, is(true));
        assertContains(path + "." + field.getKey(), field.getValue(), actualField);
      }
    } else if (expected.isArray()) {
      assertThat(path + " is an array", actual.isArray(), is(true));
      assertThat(path + " size", actual.size(), is(expected.size()));
      for (int i = 0; i < expected.size(); i++) {
        assertContains(path + "[" + i + "]", expected.get(i), actual.get(i));
      }
    } else if (expected.isNumber()) {
      assertThat(path + " is a number", actual.isNumber(), is(true));
      assertThat(path, actual.decimalValue().compareTo(expected.decimalValue()), is(0));
    } else if (expected.isNull()) {
      assertThat(path + " is absent", actual, is((JsonNode) NullNode.getInstance()));
    } else {
      assertThat(path, actual, is(expected));
    }
  }
}
