package mx.aprende.bot.console.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A decoded {@code application/x-www-form-urlencoded} body (first value of each name). */
record Form(Map<String, String> values) {

  static final Form EMPTY = new Form(Map.of());

  Form {
    values = Map.copyOf(values);
  }

  static Form parse(String body) {
    Map<String, String> values = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      values.putIfAbsent(name, value);
    }
    return new Form(values);
  }

  Optional<String> first(String name) {
    return Optional.ofNullable(values.get(name));
  }

  String value(String name) {
    return values.getOrDefault(name, "");
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
