package mx.aprende.bot.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recorded payload of the parser's table, signed and posted to the running bot's {@code
 * /webhook}: each is acknowledged with 200 (never a 5xx), and exactly the messages the table
 * expects are stored in the inbox.
 */
class WebhookPayloadFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = "/whatsapp/testdata/";
  private static RunningBot bot;

  @BeforeAll
  static void start() {
    bot = TestBots.start();
  }

  @AfterAll
  static void stop() {
    bot.stop();
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode row : read("cases.json")) {
      List<String> ids = new ArrayList<>();
      row.path("messages").forEach(m -> ids.add(m.path("id").asText()));
      cases.add(Arguments.of(row.path("file").asText(), ids));
    }
    return cases.stream();
  }

  /** Table (cases.json): payload file → 200, and its messages are in the inbox. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void payloadIsAcknowledgedAndStored(String file, List<String> messageIds) throws IOException {
    byte[] body;
    try (InputStream in = WebhookPayloadFilesTest.class.getResourceAsStream(DIR + file)) {
      body = in.readAllBytes();
    }
    URI webhook = URI.create("http://127.0.0.1:" + bot.port() + "/webhook");
    assertThat(Http.postSigned(webhook, body).statusCode(), is(200));
    for (String id : messageIds) {
      long stored =
          bot.storage().database().getCollection("inbound").countDocuments(Filters.eq("_id", id));
      assertThat(file + " stores " + id, stored, is(1L));
    }
  }

  private static JsonNode read(String name) throws IOException {
    try (InputStream in = WebhookPayloadFilesTest.class.getResourceAsStream(DIR + name)) {
      return JSON.readTree(in);
    }
  }
}
