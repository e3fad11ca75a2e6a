package mx.aprende.bot.whatsapp.wire;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser's behaviour outside the payload table: malformed bodies and restore failures. */
class WebhookParserTest {
  private final WebhookParser parser = new WebhookParser();

  /** Bodies that are not one JSON object are rejected with the module's unchecked exception. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "hola secreta",
        "[]",
        "[{\"object\":\"x\"}]",
        "\"text\"",
        "42",
        "null",
        "{\"object\":",
        "{} {}",
        "{\"a\":1} trailing"
      })
  void rejectsBodiesThatAreNotAJsonObject(String body) {
    assertThrows(
        MalformedWebhookException.class, () -> parser.parse(body.getBytes(StandardCharsets.UTF_8)));
  }

  /** The exception message never quotes the body, which may hold personal data. */
  @Test
  void malformedMessageDoesNotEchoTheBody() {
    MalformedWebhookException e =
        assertThrows(
            MalformedWebhookException.class,
            () -> parser.parse("{\"from\": 5215512345678 Ana}".getBytes(StandardCharsets.UTF_8)));

    assertThat(e.getMessage(), not(containsString("Ana")));
    assertThat(e.getMessage(), not(containsString("5215512345678")));
  }

  /** An object without {@code object} is ignored as a whole, not rejected. */
  @Test
  void objectWithoutObjectFieldIsIgnored() {
    WebhookBatch batch = parser.parse("{}".getBytes(StandardCharsets.UTF_8));

    assertThat(batch.ignored(), is(java.util.List.of(new Ignored("object", "missing"))));
    assertThat(batch.messages().isEmpty(), is(true));
  }

  /** Restoring something that is not a stored message item fails loudly: it is a storage bug. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[]",
        "{\"timestamp\":\"1767000000\",\"type\":\"text\"}",
        "{\"id\":\"wamid.x\",\"type\":\"text\"}"
      })
  void restoreRejectsUnusableItems(String raw) {
    assertThrows(
        MalformedWebhookException.class,
        () -> parser.restore(raw, Sender.ofPhone("5215512345678", "Ana"), "106540352242922"));
  }

  /** Restore uses the sender and number it is given, since contacts are not in the item. */
  @Test
  void restoreUsesTheGivenSenderAndNumber() {
    Sender sender =
        new Sender(
            Optional.of("MX.1349120865530274"),
            Optional.empty(),
            Optional.of("Ana"),
            Optional.empty());
    String raw =
        "{\"from\":\"\",\"id\":\"wamid.r-1\",\"timestamp\":\"1767000000\",\"type\":\"text\","
            + "\"text\":{\"body\":\"hola\"}}";

    InboundMessage message = parser.restore(raw, sender, "106540352242922");

    assertThat(message.sender(), is(sender));
    assertThat(message.phoneNumberId(), is("106540352242922"));
    assertThat(message.timestamp(), is(Instant.ofEpochSecond(1767000000L)));
    assertThat(message.content(), is(new Text("hola")));
  }
}
