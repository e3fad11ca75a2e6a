package mx.aprende.bot.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Canonicalization Scheme (RFC 8785) for the documents we sign: object members sorted by their
 * UTF-16 code units, no white space, strings escaped as ECMAScript does. Our credentials hold only
 * strings, integers, booleans, arrays and objects; a fractional number is refused rather than risk
 * a formatting difference that would break every signature.
 */
final class Jcs {

  private Jcs() {}

  static byte[] canonical(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        // String.compareTo compares UTF-16 code units, which is what RFC 8785 asks for.
        names.sort(String::compareTo);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          string(names.get(i), out);
          out.append(':');
          write(node.get(names.get(i)), out);
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(node.get(i), out);
        }
        out.append(']');
      }
      case STRING -> string(node.asText(), out);
      case BOOLEAN -> out.append(node.asBoolean());
      case NULL -> out.append("null");
      case NUMBER -> {
        if (!node.canConvertToExactIntegral() || !node.canConvertToLong()) {
          throw new CertificateException("only whole numbers can be signed: " + node);
        }
        out.append(node.asLong());
      }
      default -> throw new CertificateException("cannot sign a " + node.getNodeType());
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
