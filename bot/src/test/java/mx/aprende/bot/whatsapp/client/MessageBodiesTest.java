package mx.aprende.bot.whatsapp.client;

import static mx.aprende.bot.whatsapp.client.OutboundFixtures.INBOUND_ID;
import static mx.aprende.bot.whatsapp.client.OutboundFixtures.TO;
import static mx.aprende.bot.whatsapp.client.OutboundFixtures.expected;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Request bodies for every message type, compared as JSON trees with documented shapes. */
class MessageBodiesTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        row("text.json", () -> send(Text.of("Lección 3: fracciones. ¿Listo?"))),
        row(
            "text-preview-url.json",
            () -> send(new Text("Tu guía: https://aprende.example.mx/guias/l3", true))),
        row(
            "text-reply-context.json",
            () ->
                MessageBodies.message(
                    TO, Text.of("¡Correcto! 3/4 + 1/4 = 1"), Optional.of(INBOUND_ID))),
        row("buttons-header-footer.json", () -> send(OutboundFixtures.quizButtons())),
        row("list-two-sections.json", () -> send(OutboundFixtures.moduleMenu())),
        row("cta-url.json", () -> send(OutboundFixtures.progressLink())),
        row(
            "template-body-buttons.json",
            () ->
                send(
                    Template.of(
                        "lesson_reminder",
                        "es_MX",
                        TemplateComponent.bodyTexts("Ana", "Lección 4"),
                        TemplateComponent.quickReply(0, "resume:l4"),
                        TemplateComponent.urlButton(1, "l4")))),
        row(
            "template-named-header.json",
            () ->
                send(
                    Template.of(
                        "certificate_ready",
                        "es_MX",
                        TemplateComponent.header(
                            new TemplateParameter.Image(
                                MediaSource.link(
                                    URI.create("https://aprende.example.mx/img/logro.png")))),
                        TemplateComponent.body(
                            TemplateParameter.named("first_name", "Ana"),
                            TemplateParameter.named("level", "Primaria"))))),
        row(
            "image-link.json",
            () ->
                send(
                    Media.image(
                        MediaSource.link(
                            URI.create("https://aprende.example.mx/img/fracciones.png")),
                        "Mira la figura"))),
        row(
            "document-uploaded.json",
            () ->
                send(
                    Media.document(
                        MediaSource.uploaded("1037543291543636"),
                        "Leccion3.pdf",
                        "Hoja de trabajo"))),
        row("reaction.json", () -> send(Reaction.of(INBOUND_ID, "👍"))),
        row("reaction-removal.json", () -> send(Reaction.removal(INBOUND_ID))),
        row("mark-read.json", () -> MessageBodies.markRead(INBOUND_ID, false)),
        row("mark-read-typing.json", () -> MessageBodies.markRead(INBOUND_ID, true)));
  }

  /** Each message type serialises to exactly the JSON in its expected file. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void bodyMatchesExpectedFile(String file, Supplier<JsonNode> body) {
    assertThat(body.get(), is(expected(file)));
  }

  /** The metrics tag of each message type is stable. */
  @Test
  void typeTags() {
    assertThat(Text.of("hola").type(), is("text"));
    assertThat(OutboundFixtures.quizButtons().type(), is("interactive.button"));
    assertThat(OutboundFixtures.moduleMenu().type(), is("interactive.list"));
    assertThat(OutboundFixtures.progressLink().type(), is("interactive.cta_url"));
    assertThat(Template.of("t", "es_MX").type(), is("template"));
    assertThat(Media.document(MediaSource.uploaded("1"), "a.pdf").type(), is("document"));
    assertThat(Reaction.removal(INBOUND_ID).type(), is("reaction"));
  }

  private static JsonNode send(OutboundMessage message) {
    return MessageBodies.message(TO, message, Optional.empty());
  }

  private static Arguments row(String file, Supplier<JsonNode> body) {
    return Arguments.of(file, body);
  }
}
