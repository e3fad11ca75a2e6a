package mx.aprende.bot.whatsapp.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code errors[]} arrays, wherever they appear (message, status or change value). */
final class ErrorReader {
  private ErrorReader() {}

  /** The usable errors of {@code parent.errors}; items without a numeric code are reported. */
  static List<PlatformError> errors(JsonNode parent, List<Ignored> ignored) {
    List<PlatformError> errors = new ArrayList<>();
    for (JsonNode item : LenientJson.array(parent, "errors")) {
      Optional<Integer> code =
          item.isObject() ? LenientJson.integer(item, "code") : Optional.empty();
      if (code.isEmpty()) {
        ignored.add(new Ignored("error", "missing code"));
        continue;
      }
      errors.add(
          new PlatformError(
              code.get(),
              LenientJson.text(item, "title").orElse(""),
              LenientJson.text(item, "message"),
              LenientJson.object(item, "error_data").flatMap(d -> LenientJson.text(d, "details")),
              LenientJson.text(item, "href")));
    }
    return errors;
  }
}
