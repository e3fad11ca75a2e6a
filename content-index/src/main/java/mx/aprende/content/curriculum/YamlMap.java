package mx.aprende.content.curriculum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read through SnakeYAML's node API, so every value keeps its line. Accessors report
 * problems (missing key, wrong shape) into the shared list instead of throwing, which lets the
 * loader carry on and report everything in one run.
 */
final class YamlMap {
  private final String file;
  private final Node node;
  private final List<Problem> problems;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  YamlMap(String file, Node node, List<Problem> problems) {
    this.file = file;
    this.node = node;
    this.problems = problems;
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          if (entries.putIfAbsent(key.getValue(), tuple) != null) {
            problem(tuple.getKeyNode(), "key '" + key.getValue() + "' appears twice");
          }
        }
      }
    }
  }

  /** Whether the node is a mapping; reports a problem when it is not. */
  boolean isMapping(String what) {
    if (node instanceof MappingNode) {
      return true;
    }
    problem(node, what + " must be a mapping of key: value");
    return false;
  }

  String file() {
    return file;
  }

  Location location() {
    return locationOf(node);
  }

  Location location(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? location() : locationOf(tuple.getValueNode());
  }

  boolean has(String key) {
    return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
  }

  /**
   * Reports keys outside {@code allowed}: usually a typo such as {@code hint:} for {@code hints:}.
   */
  void allowOnly(Set<String> allowed, String what) {
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        problem(
            e.getValue().getKeyNode(),
            "unknown key '" + e.getKey() + "' in " + what + " (allowed: " + sorted(allowed) + ")");
      }
    }
  }

  /** A required scalar; reports it missing. */
  Optional<String> string(String key, String what) {
    Optional<String> value = optionalString(key);
    if (value.isEmpty() && !has(key)) {
      problem(node, what + " is missing '" + key + "'");
    }
    return value;
  }

  /** An optional scalar; reports it only when it has the wrong shape. */
  Optional<String> optionalString(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    Node value = entries.get(key).getValueNode();
    if (value instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue());
    }
    problem(value, "'" + key + "' must be a single value");
    return Optional.empty();
  }

  /** A required integer; reports it missing or malformed. */
  OptionalInt integer(String key, String what) {
    Optional<String> text = string(key, what);
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(text.get().trim()));
    } catch (NumberFormatException e) {
      problem(entries.get(key).getValueNode(), "'" + key + "' must be a whole number");
      return OptionalInt.empty();
    }
  }

  /** A list of scalars (absent is empty); a lone scalar is accepted as a one-item list. */
  List<String> strings(String key) {
    if (!has(key)) {
      return List.of();
    }
    Node value = entries.get(key).getValueNode();
    if (value instanceof ScalarNode scalar) {
      return List.of(scalar.getValue());
    }
    List<String> out = new ArrayList<>();
    if (value instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (item instanceof ScalarNode scalar) {
          out.add(scalar.getValue());
        } else {
          problem(item, "items of '" + key + "' must be single values");
        }
      }
    } else {
      problem(value, "'" + key + "' must be a list");
    }
    return out;
  }

  /** A list of mappings (absent is empty). */
  List<YamlMap> maps(String key) {
    if (!has(key)) {
      return List.of();
    }
    Node value = entries.get(key).getValueNode();
    List<YamlMap> out = new ArrayList<>();
    if (value instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        YamlMap map = new YamlMap(file, item, problems);
        if (map.isMapping("each item of '" + key + "'")) {
          out.add(map);
        }
      }
    } else {
      problem(value, "'" + key + "' must be a list");
    }
    return out;
  }

  /** A nested mapping of scalars or lists of scalars (joined with commas); absent is empty. */
  Map<String, String> scalarMap(String key) {
    if (!has(key)) {
      return Map.of();
    }
    YamlMap inner = new YamlMap(file, entries.get(key).getValueNode(), problems);
    Map<String, String> out = new LinkedHashMap<>();
    if (inner.isMapping("'" + key + "'")) {
      for (String name : inner.entries.keySet()) {
        Node value = inner.entries.get(name).getValueNode();
        if (value instanceof SequenceNode) {
          out.put(name, String.join(",", inner.strings(name)));
        } else {
          inner.optionalString(name).ifPresent(v -> out.put(name, v));
        }
      }
    }
    return out;
  }

  void problem(Node at, String message) {
    problems.add(Problem.at(locationOf(at), message));
  }

  void problem(String message) {
    problem(node, message);
  }

  private Location locationOf(Node at) {
    return new Location(file, at.getStartMark().getLine() + 1);
  }

  private static boolean isNull(Node value) {
    return value instanceof ScalarNode scalar
        && scalar.getTag().getValue().endsWith(":null")
        && (scalar.getValue().isEmpty()
            || scalar.getValue().equals("~")
            || scalar.getValue().equals("null"));
  }

  private static String sorted(Set<String> keys) {
    return String.join(", ", keys.stream().sorted().toList());
  }
}
