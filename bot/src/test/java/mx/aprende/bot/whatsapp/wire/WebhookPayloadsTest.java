package mx.aprende.bot.whatsapp.wire;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WebhookPayloadsTest {
  private static final String WABA = "102290129340398";
  private static final String PHONE_NUMBER_ID = "106540352242922";
  private static final String DISPLAY = "15550001111";
  private static final String WA_ID = "5215512345678";
  private static final Instant AT = Instant.parse("2026-03-02T16:30:00Z");

  private final WebhookPayloads payloads =
      WebhookPayloads.forBusiness(WABA, PHONE_NUMBER_ID, DISPLAY);
  private final WebhookParser parser = new WebhookParser();

  /** A built text message parses back to the same id, time, sender, number and body. */
  @Test
  void textParsesBack() {
    InboundMessage message =
        single(payloads.text(WA_ID, "Ana", "wamid.sim-1", AT, "¿Cuánto es 7 × 8?"));

    assertThat(message.id(), is("wamid.sim-1"));
    assertThat(message.timestamp(), is(AT));
    assertThat(message.phoneNumberId(), is(PHONE_NUMBER_ID));
    assertThat(message.sender(), is(Sender.ofPhone(WA_ID, "Ana")));
    assertThat(message.sender().key(), is(WA_ID));
    assertThat(message.content(), is(new Text("¿Cuánto es 7 × 8?")));
    assertThat(message.context(), is(Optional.empty()));
  }

  /** Like Meta, the builder escapes non-ASCII with lowercase hex (emoji as a surrogate pair). */
  @Test
  void escapesNonAsciiLikeMeta() {
    byte[] body = payloads.text(WA_ID, "Ana Gómez", "wamid.sim-2", AT, "¿Cómo? 👍");
    String json = new String(body, StandardCharsets.US_ASCII);

    assertThat(json.chars().allMatch(c -> c < 128), is(true));
    assertThat(json, containsString("\"body\":\"\\u00bfC\\u00f3mo? \\ud83d\\udc4d\""));
    assertThat(json, containsString("\"name\":\"Ana G\\u00f3mez\""));
    assertThat(single(body).content(), is(new Text("¿Cómo? 👍")));
  }

  /** A username user's text parses back keyed by the BSUID, with no phone number. */
  @Test
  void textFromUserParsesBackKeyedByBsuid() {
    InboundMessage message =
        single(
            payloads.textFromUser(
                "MX.1349120865530274", "ana.aprende", "Ana", "wamid.sim-10", AT, "hola"));

    assertThat(
        message.sender(),
        is(
            new Sender(
                Optional.of("MX.1349120865530274"),
                Optional.empty(),
                Optional.of("Ana"),
                Optional.of("ana.aprende"))));
    assertThat(message.sender().key(), is("MX.1349120865530274"));
    assertThat(message.content(), is(new Text("hola")));
  }

  /** A button reply parses back with its id, title and the interactive message it answers. */
  @Test
  void buttonReplyParsesBack() {
    InboundMessage message =
        single(
            payloads.buttonReply(
                WA_ID, "Ana", "wamid.sim-3", AT, "q1:B", "B) 12", Optional.of("wamid.bot-q1")));

    assertThat(message.content(), is(new ButtonReply("q1:B", "B) 12")));
    assertThat(
        message.context(),
        is(
            Optional.of(
                new MessageContext(
                    Optional.of(DISPLAY),
                    Optional.of("wamid.bot-q1"),
                    false,
                    false,
                    Optional.empty()))));
  }

  /** A button reply without a context message has no context. */
  @Test
  void buttonReplyWithoutContext() {
    InboundMessage message =
        single(
            payloads.buttonReply(WA_ID, "Ana", "wamid.sim-4", AT, "ok", "Listo", Optional.empty()));

    assertThat(message.content(), is(new ButtonReply("ok", "Listo")));
    assertThat(message.context(), is(Optional.empty()));
  }

  /** A list reply parses back with its row id and title and no description. */
  @Test
  void listReplyParsesBack() {
    InboundMessage message =
        single(payloads.listReply(WA_ID, "Ana", "wamid.sim-5", AT, "menu:math", "Matemáticas"));

    assertThat(message.content(), is(new ListReply("menu:math", "Matemáticas", Optional.empty())));
  }

  /** A location parses back with its coordinates, and with its name only when given. */
  @Test
  void locationParsesBack() {
    InboundMessage named =
        single(
            payloads.location(
                WA_ID, "Ana", "wamid.sim-6", AT, 19.432608, -99.133209, Optional.of("Zócalo")));
    InboundMessage pin =
        single(
            payloads.location(
                WA_ID, "Ana", "wamid.sim-7", AT, 20.6597, -103.3496, Optional.empty()));

    assertThat(
        named.content(),
        is(
            new Location(
                19.432608, -99.133209, Optional.of("Zócalo"), Optional.empty(), Optional.empty())));
    assertThat(
        pin.content(),
        is(new Location(20.6597, -103.3496, Optional.empty(), Optional.empty(), Optional.empty())));
  }

  /**
   * Every status builds into a receipt that parses back with the same id, status, time and
   * recipient.
   */
  @ParameterizedTest
  @EnumSource(DeliveryStatus.class)
  void statusParsesBack(DeliveryStatus status) {
    WebhookBatch batch = parser.parse(payloads.status(WA_ID, "wamid.out-1", status, AT));

    assertThat(batch.messages(), is(empty()));
    assertThat(batch.ignored(), is(empty()));
    assertThat(batch.statuses().size(), is(1));
    StatusUpdate update = batch.statuses().getFirst();
    assertThat(update.messageId(), is("wamid.out-1"));
    assertThat(update.status(), is(status));
    assertThat(update.timestamp(), is(AT));
    assertThat(update.phoneNumberId(), is(PHONE_NUMBER_ID));
    assertThat(update.recipientPhone(), is(Optional.of(WA_ID)));
    assertThat(update.errors().isEmpty(), is(status != DeliveryStatus.FAILED));
  }

  /** A failed receipt carries the chosen error code, title and details. */
  @Test
  void failedCarriesTheError() {
    byte[] body =
        payloads.failed(WA_ID, "wamid.out-2", AT, 131047, "Re-engagement message", "24 h passed");
    StatusUpdate update = parser.parse(body).statuses().getFirst();

    assertThat(update.status(), is(DeliveryStatus.FAILED));
    assertThat(
        update.errors(),
        contains(
            new PlatformError(
                131047,
                "Re-engagement message",
                Optional.of("Re-engagement message"),
                Optional.of("24 h passed"),
                Optional.of(
                    "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"))));
  }

  /** A built payload signed with the app secret verifies, and a changed copy does not. */
  @Test
  void signatureRoundTrip() {
    WebhookSignature signature = WebhookSignature.create("simulator-secret");
    byte[] body = payloads.text(WA_ID, "Ana", "wamid.sim-8", AT, "hola");
    String header = signature.sign(body);
    byte[] other = payloads.text(WA_ID, "Ana", "wamid.sim-8", AT, "holA");

    assertThat(signature.matches(body, Optional.of(header)), is(true));
    assertThat(signature.matches(other, Optional.of(header)), is(false));
  }

  /** A built message restores from its raw JSON to the same message. */
  @Test
  void builtMessageRestores() {
    InboundMessage message = single(payloads.text(WA_ID, "Ana", "wamid.sim-9", AT, "hola"));

    assertThat(
        parser.restore(message.rawJson(), message.sender(), message.phoneNumberId()), is(message));
  }

  private InboundMessage single(byte[] body) {
    WebhookBatch batch = parser.parse(body);
    assertThat(batch.ignored(), is(List.of()));
    assertThat(batch.statuses(), is(empty()));
    assertThat(batch.messages().size(), is(1));
    return batch.messages().getFirst();
  }
}
