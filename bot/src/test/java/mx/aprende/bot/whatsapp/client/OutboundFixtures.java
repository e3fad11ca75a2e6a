package mx.aprende.bot.whatsapp.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/** Shared test values: a recipient, an inbound message id, and the expected-JSON files. */
final class OutboundFixtures {

  static final String TO = "5215512345678";
  static final String INBOUND_ID = "wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFjNFQjA=";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OutboundFixtures() {}

  /** Reads {@code whatsapp/outbound/<name>} from the test resources. */
  static JsonNode expected(String name) {
    try (InputStream in =
        OutboundFixtures.class.getResourceAsStream("/whatsapp/outbound/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReplyButtons quizButtons() {
    return ReplyButtons.of(
            "¿Cuánto es 3/4 + 1/4?",
            Button.of("q7:a", "1"),
            Button.of("q7:b", "4/8"),
            Button.of("q7:c", "1/2"))
        .withHeader("Pregunta 7")
        .withFooter("Toca una respuesta");
  }

  static ListMessage moduleMenu() {
    return ListMessage.of(
        "Elige un módulo",
        "Módulos",
        Section.of("Matemáticas", Row.of("m1", "Fracciones", "Sumar y comparar")),
        Section.of("Lectura", Row.of("r1", "Textos cortos")));
  }

  static CtaUrl progressLink() {
    return new CtaUrl(
        "Ya puedes ver tu avance en línea.",
        "Ver avance",
        URI.create("https://aprende.example.mx/avance"),
        Optional.of("Tu certificado"),
        Optional.of("Aprende"));
  }
}
