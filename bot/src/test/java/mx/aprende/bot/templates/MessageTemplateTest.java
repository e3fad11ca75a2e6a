package mx.aprende.bot.templates;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import mx.aprende.bot.whatsapp.client.Template;
import mx.aprende.bot.whatsapp.client.TemplateComponent;
import mx.aprende.bot.whatsapp.client.TemplateParameter;
import mx.aprende.bot.whatsapp.client.WhatsAppLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageTemplateTest {

  private static final Path DOC =
      Path.of(System.getProperty("aprende.project.dir", "..")).resolve("docs/templates.md");

  /** Each template's body uses {{1}}..{{n}} once each, never at its start or end, as Meta asks. */
  @ParameterizedTest
  @EnumSource(MessageTemplate.class)
  void variablesAreNumberedInOrderAndInside(MessageTemplate template) {
    int count = template.parameters().size();
    assertThat(template.variables(), is(IntStream.rangeClosed(1, count).boxed().toList()));
    assertThat(template.body(), not(startsWith("{{")));
    assertThat(template.body(), not(endsWith("}}")));
    assertThat(template.body().length(), lessThanOrEqualTo(1024));
    template.quickReplies().forEach(b -> assertThat(b.title().length(), lessThanOrEqualTo(20)));
  }

  /** docs/templates.md lists each template with its exact body, samples and buttons. */
  @ParameterizedTest
  @EnumSource(MessageTemplate.class)
  void docsListTheTemplateExactly(MessageTemplate template) throws IOException {
    String doc = Files.readString(DOC);
    assertThat(doc, containsString("## " + template.templateName() + "\n"));
    assertThat(doc, containsString("- **Body:** `" + template.body() + "`"));
    for (MessageTemplate.Parameter parameter : template.parameters()) {
      assertThat(doc, containsString(parameter.meaning() + " — sample `" + parameter.sample()));
    }
    for (MessageTemplate.QuickReply reply : template.quickReplies()) {
      assertThat(
          doc, containsString("`" + reply.title() + "` (payload `" + reply.payload() + "`)"));
    }
  }

  /** Filling gives the Cloud API message: name, es_MX, body values in order, button payloads. */
  @Test
  void fillsTheCloudApiMessage() {
    FilledTemplate filled = MessageTemplate.STUDY_REMINDER.fill("Ana", "Sumar y restar");
    Template message = filled.message();
    assertThat(message.name(), is("aprende_recordatorio"));
    assertThat(message.languageCode(), is("es_MX"));
    assertThat(
        message.components(),
        is(
            List.of(
                new TemplateComponent.Body(
                    List.of(
                        TemplateParameter.text("Ana"), TemplateParameter.text("Sumar y restar"))),
                new TemplateComponent.QuickReplyButton(0, "menu:lesson"),
                new TemplateComponent.QuickReplyButton(1, "rem:skip"))));
    WhatsAppLimits.check(message);
    assertThat(
        filled.text(),
        is(
            "Hola, Ana. Es tu hora de estudiar en Aprende. Hoy te toca: Sumar y restar. Son solo"
                + " unos minutos. ¿Empezamos?"));
  }

  /**
   * Values lose line breaks and extra spaces, an empty one gets a neutral word, long ones end in ….
   */
  @Test
  void valuesAreCleanedAsMetaRequires() {
    String longTitle = "Un título muy largo ".repeat(5);
    FilledTemplate filled = MessageTemplate.INACTIVE_2_DAYS.fill("  ", "Leer\n y   escribir\t");
    assertThat(filled.values(), is(List.of("de nuevo", "Leer y escribir")));
    FilledTemplate shortened = MessageTemplate.INACTIVE_7_DAYS.fill("Ana", longTitle);
    assertThat(shortened.values().get(1).length(), is(FilledTemplate.MAX_VALUE));
    assertThat(shortened.values().get(1), endsWith("…"));
    assertThat(filled.text(), startsWith("Hola, de nuevo. Te espera Leer y escribir en Aprende."));
  }

  /** A wrong number of values is a bug caught before sending (Meta would answer 132000). */
  @Test
  void wrongValueCountIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MessageTemplate.WEEKLY_PROGRESS.fill("Ana", "3"));
    assertThat(e.getMessage(), containsString("takes 5 values"));
  }
}
