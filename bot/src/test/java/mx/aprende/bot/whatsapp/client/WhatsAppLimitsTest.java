package mx.aprende.bot.whatsapp.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mx.aprende.bot.whatsapp.client.MessageLimitException.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every WhatsApp limit: one over is refused naming the field, exactly at the limit passes. */
class WhatsAppLimitsTest {

  private static final URI WEB = URI.create("https://aprende.example.mx/x");
  private static final MediaSource PDF = MediaSource.uploaded("1037543291543636");

  static Stream<Arguments> violations() {
    return Stream.of(
        bad("text too long", Text.of(a(4097)), "text.body", Rule.MAX_LENGTH, 4096, 4097),
        bad("text empty", Text.of(""), "text.body", Rule.NOT_EMPTY, 1, 0),
        bad("text blank", Text.of("  \n"), "text.body", Rule.NOT_EMPTY, 1, 3),
        bad(
            "buttons body",
            ReplyButtons.of(a(1025), Button.of("a", "A")),
            "interactive.body.text",
            Rule.MAX_LENGTH,
            1024,
            1025),
        bad(
            "buttons empty body",
            ReplyButtons.of("", Button.of("a", "A")),
            "interactive.body.text",
            Rule.NOT_EMPTY,
            1,
            0),
        bad(
            "buttons header",
            ReplyButtons.of("b", Button.of("a", "A")).withHeader(a(61)),
            "interactive.header.text",
            Rule.MAX_LENGTH,
            60,
            61),
        bad(
            "buttons footer",
            ReplyButtons.of("b", Button.of("a", "A")).withFooter(a(61)),
            "interactive.footer.text",
            Rule.MAX_LENGTH,
            60,
            61),
        bad("no buttons", ReplyButtons.of("b"), "interactive.action.buttons", Rule.MIN_COUNT, 1, 0),
        bad(
            "four buttons",
            ReplyButtons.of("b", buttons(4).toArray(Button[]::new)),
            "interactive.action.buttons",
            Rule.MAX_COUNT,
            3,
            4),
        bad(
            "button title",
            ReplyButtons.of("b", Button.of("a", "A"), Button.of("b", a(21))),
            "interactive.action.buttons[1].reply.title",
            Rule.MAX_LENGTH,
            20,
            21),
        bad(
            "duplicate titles",
            ReplyButtons.of("b", Button.of("a", "Sí"), Button.of("b", "Sí")),
            "interactive.action.buttons[].reply.title",
            Rule.UNIQUE,
            1,
            2),
        bad(
            "button id",
            ReplyButtons.of("b", Button.of(a(257), "A")),
            "interactive.action.buttons[0].reply.id",
            Rule.MAX_LENGTH,
            256,
            257),
        bad(
            "list body",
            ListMessage.of(a(1025), "Ver", Section.untitled(Row.of("r", "R"))),
            "interactive.body.text",
            Rule.MAX_LENGTH,
            1024,
            1025),
        bad(
            "list eleven rows in total",
            ListMessage.of(
                "b",
                "Ver",
                Section.of("Uno", rows(0, 6).toArray(Row[]::new)),
                Section.of("Dos", rows(6, 11).toArray(Row[]::new))),
            "interactive.action.sections[].rows",
            Rule.MAX_COUNT,
            10,
            11),
        bad(
            "list eleven sections",
            new ListMessage("b", "Ver", sections(11), Optional.empty(), Optional.empty()),
            "interactive.action.sections",
            Rule.MAX_COUNT,
            10,
            11),
        bad(
            "list without sections",
            ListMessage.of("b", "Ver"),
            "interactive.action.sections",
            Rule.MIN_COUNT,
            1,
            0),
        bad(
            "section without rows",
            ListMessage.of("b", "Ver", Section.untitled()),
            "interactive.action.sections[0].rows",
            Rule.MIN_COUNT,
            1,
            0),
        bad(
            "section title",
            ListMessage.of("b", "Ver", Section.of(a(25), Row.of("r", "R"))),
            "interactive.action.sections[0].title",
            Rule.MAX_LENGTH,
            24,
            25),
        bad(
            "section title missing with two sections",
            ListMessage.of(
                "b",
                "Ver",
                Section.of("Uno", Row.of("r1", "R")),
                Section.untitled(Row.of("r2", "R"))),
            "interactive.action.sections[1].title",
            Rule.NOT_EMPTY,
            1,
            0),
        bad(
            "row id",
            ListMessage.of("b", "Ver", Section.untitled(Row.of(a(201), "R"))),
            "interactive.action.sections[0].rows[0].id",
            Rule.MAX_LENGTH,
            200,
            201),
        bad(
            "row title",
            ListMessage.of("b", "Ver", Section.untitled(Row.of("r", a(25)))),
            "interactive.action.sections[0].rows[0].title",
            Rule.MAX_LENGTH,
            24,
            25),
        bad(
            "row description",
            ListMessage.of("b", "Ver", Section.untitled(Row.of("r", "R", a(73)))),
            "interactive.action.sections[0].rows[0].description",
            Rule.MAX_LENGTH,
            72,
            73),
        bad(
            "list button label",
            ListMessage.of("b", a(21), Section.untitled(Row.of("r", "R"))),
            "interactive.action.button",
            Rule.MAX_LENGTH,
            20,
            21),
        bad(
            "cta display text",
            CtaUrl.of("b", a(21), WEB),
            "interactive.action.parameters.display_text",
            Rule.MAX_LENGTH,
            20,
            21),
        bad(
            "cta url scheme",
            CtaUrl.of("b", "Abrir", URI.create("ftp://aprende.example.mx/x")),
            "interactive.action.parameters.url",
            Rule.FORMAT,
            0,
            0),
        bad(
            "cta relative url",
            CtaUrl.of("b", "Abrir", URI.create("/avance")),
            "interactive.action.parameters.url",
            Rule.FORMAT,
            0,
            0),
        bad(
            "caption",
            Media.image(MediaSource.link(WEB), a(1025)),
            "image.caption",
            Rule.MAX_LENGTH,
            1024,
            1025),
        bad(
            "caption on audio",
            new Media(MediaKind.AUDIO, PDF, Optional.of("hola"), Optional.empty()),
            "audio.caption",
            Rule.FORMAT,
            0,
            0),
        bad(
            "filename on image",
            new Media(MediaKind.IMAGE, PDF, Optional.empty(), Optional.of("a.png")),
            "image.filename",
            Rule.FORMAT,
            0,
            0),
        bad(
            "media link scheme",
            Media.image(MediaSource.link(URI.create("file:///etc/passwd"))),
            "image.link",
            Rule.FORMAT,
            0,
            0),
        bad("template name", Template.of("", "es_MX"), "template.name", Rule.NOT_EMPTY, 1, 0),
        bad(
            "template mixed parameters",
            Template.of(
                "t",
                "es_MX",
                TemplateComponent.body(
                    TemplateParameter.text("Ana"), TemplateParameter.named("level", "1"))),
            "template.components[0].parameters",
            Rule.FORMAT,
            0,
            0),
        bad(
            "template button index",
            Template.of("t", "es_MX", TemplateComponent.quickReply(10, "p")),
            "template.components[0].index",
            Rule.FORMAT,
            0,
            0),
        bad(
            "template empty body parameter",
            Template.of("t", "es_MX", TemplateComponent.bodyTexts("Ana", "")),
            "template.components[0].parameters[1].text",
            Rule.NOT_EMPTY,
            1,
            0),
        bad(
            "reaction without target",
            Reaction.of("", "👍"),
            "reaction.message_id",
            Rule.NOT_EMPTY,
            1,
            0));
  }

  /** A message one past a limit is refused with the field, the limit and the actual value. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void violationNamesField(
      String label, OutboundMessage message, String field, Rule rule, int limit, int actual) {
    MessageLimitException e =
        assertThrows(MessageLimitException.class, () -> WhatsAppLimits.check(message));
    assertThat(e.field(), is(field));
    assertThat(e.rule(), is(rule));
    assertThat(e.limit(), is(limit));
    assertThat(e.actual(), is(actual));
    assertThat(e.getMessage(), containsString(field));
    assertThat(e.retryable(), is(false));
  }

  static Stream<Arguments> atTheLimit() {
    return Stream.of(
        Arguments.of("text of 4096", Text.of(a(4096))),
        Arguments.of(
            "three buttons at every limit",
            ReplyButtons.of(
                    a(1024), Button.of(a(256), a(20)), Button.of("b", b(20)), Button.of("c", "C"))
                .withHeader(a(60))
                .withFooter(a(60))),
        Arguments.of(
            "ten rows in ten titled sections at every limit",
            new ListMessage(
                a(1024),
                a(20),
                IntStream.range(0, 10)
                    .mapToObj(i -> Section.of(a(23) + i, Row.of(a(199) + i, a(24), a(72))))
                    .toList(),
                Optional.of(a(60)),
                Optional.of(a(60)))),
        Arguments.of(
            "one untitled section",
            ListMessage.of("b", "Ver", Section.untitled(rows(0, 10).toArray(Row[]::new)))),
        Arguments.of("cta at the limit", CtaUrl.of(a(1024), a(20), WEB)),
        Arguments.of("caption of 1024", Media.document(PDF, "a.pdf", a(1024))),
        Arguments.of("reaction removal", Reaction.removal("wamid.x")),
        Arguments.of(
            "template with header, named body and buttons",
            Template.of(
                "t",
                "es_MX",
                TemplateComponent.header(TemplateParameter.text("Ana")),
                TemplateComponent.body(TemplateParameter.named("level", "1")),
                TemplateComponent.quickReply(9, "p"),
                TemplateComponent.urlButton(0, "x"))));
  }

  /** Values exactly at each limit are accepted. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("atTheLimit")
  void atTheLimitAccepted(String label, OutboundMessage message) {
    WhatsAppLimits.check(message);
    assertThat(
        MessageBodies.message("5215512345678", message, Optional.empty()).isObject(), is(true));
  }

  /** The send path checks limits too: no body is built for a bad message. */
  @Test
  void bodiesCheckLimits() {
    MessageLimitException e =
        assertThrows(
            MessageLimitException.class,
            () -> MessageBodies.message("5215512345678", Text.of(a(4097)), Optional.empty()));
    assertThat(e.field(), is("text.body"));
  }

  /** The exception message names lengths but never the text itself. */
  @Test
  void messageDoesNotEchoContent() {
    String secretish = "Mi CURP es ABCD000000HDFRRR00 " + a(4096);
    MessageLimitException e =
        assertThrows(MessageLimitException.class, () -> WhatsAppLimits.check(Text.of(secretish)));
    assertThat(e.getMessage().contains("CURP"), is(false));
  }

  private static Arguments bad(
      String label, OutboundMessage message, String field, Rule rule, int limit, int actual) {
    return Arguments.of(label, message, field, rule, limit, actual);
  }

  private static String a(int length) {
    return "a".repeat(length);
  }

  private static String b(int length) {
    return "b".repeat(length);
  }

  private static List<Button> buttons(int count) {
    return IntStream.range(0, count).mapToObj(i -> Button.of("id" + i, "T" + i)).toList();
  }

  private static List<Row> rows(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> Row.of("r" + i, "Fila " + i)).toList();
  }

  private static List<Section> sections(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> Section.of("S" + i, Row.of("r" + i, "R")))
        .toList();
  }
}
