package mx.aprende.bot.tutor.langchain4j;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mx.aprende.bot.RunningBot;
import mx.aprende.bot.simulator.CapturedMessages;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.Http;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole bot with LLM_PROVIDER=openai-compatible pointing at the stub: a voice note arrives
 * through the signed webhook, is downloaded from the fake Graph API's media flow and transcribed by
 * the stub, and is answered exactly as the same words typed, after a note saying what was heard.
 */
class VoiceNoteEndToEndTest {

  private static final WebhookPayloads PAYLOADS =
      WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final byte[] OGG = {'O', 'g', 'g', 'S', 0, 2, 0, 0, 'v', 'o', 'z'};

  private static StubLlmServer stub;
  private static RunningBot bot;

  @BeforeAll
  static void start() throws IOException {
    stub = StubLlmServer.start();
    bot =
        TestBots.start(
            Map.of(
                "LLM_PROVIDER", "openai-compatible",
                "LLM_BASE_URL", stub.openAiBase().toString(),
                "LLM_API_KEY", "test-key",
                "LLM_MODEL", "stub-model",
                "LLM_TIMEOUT", "30s"));
  }

  @AfterAll
  static void stop() {
    bot.stop();
    stub.close();
  }

  private static URI webhook() {
    return URI.create("http://127.0.0.1:" + bot.port() + "/webhook");
  }

  /** Posts a signed webhook and returns the texts the bot answered that message with. */
  private static List<String> answers(String waId, String messageId, byte[] body) {
    assertThat(Http.postSigned(webhook(), body).statusCode(), is(200));
    Eventually.await(
        WAIT,
        () ->
            bot.storage()
                .database()
                .getCollection("inbound")
                .find(Filters.eq("_id", messageId))
                .first(),
        d -> d != null && "done".equals(d.getString("state")));
    long enqueued =
        bot.storage()
            .database()
            .getCollection("outbox", Document.class)
            .countDocuments(Filters.eq("source", messageId));
    CapturedMessages captured = bot.simulator().orElseThrow().captured();
    List<CapturedMessages.Captured> sent =
        Eventually.await(
            WAIT,
            () -> captured.after(waId, 0).stream().filter(c -> !c.body().has("status")).toList(),
            list -> list.size() >= enqueued);
    return sent.stream().map(c -> text(c.body())).toList();
  }

  private static String text(JsonNode body) {
    return body.has("text")
        ? body.path("text").path("body").asText()
        : body.path("interactive").path("body").path("text").asText();
  }

  /** A voice note gets the same answer as the transcript typed, after "🎧 Escuché tu audio". */
  @Test
  void voiceNoteIsAnsweredAsIfTyped() {
    TestBots.onboarded(bot, "5215530000001", "Ana");
    TestBots.onboarded(bot, "5215530000002", "Luis");
    List<String> typed =
        answers(
            "5215530000001",
            "wamid.voice.typed",
            PAYLOADS.text(
                "5215530000001",
                "Ana",
                "wamid.voice.typed",
                Instant.now(),
                StubLlmServer.TRANSCRIPT));
    String mediaId = bot.simulator().orElseThrow().learnerMedia(OGG);

    List<String> spoken =
        answers(
            "5215530000002",
            "wamid.voice.note",
            PAYLOADS.voiceNote(
                "5215530000002", "Luis", "wamid.voice.note", Instant.now(), mediaId));

    String note = "🎧 Escuché tu audio: «" + StubLlmServer.TRANSCRIPT + "»";
    // The transcript reached the model tutor as a question, exactly as the typed words did.
    assertThat(typed.getFirst(), containsString(StubLlmServer.DEFAULT_REPLY));
    assertThat(spoken, hasSize(typed.size()));
    // The note travels with the first answer (short texts are merged into one message).
    assertThat(spoken.getFirst(), containsString(note));
    assertThat(spoken.getFirst().replace(note, "").strip(), is(typed.getFirst()));
    assertThat(spoken.subList(1, spoken.size()), is(typed.subList(1, typed.size())));
    StubLlmServer.Received transcription =
        stub.received().stream()
            .filter(r -> r.path().equals("/v1/audio/transcriptions"))
            .findFirst()
            .orElseThrow();
    assertThat(transcription.body(), containsString("OggS"));
  }

  /** A voice note the media flow cannot fetch gets the polite fallback, not an error. */
  @Test
  void unreadableVoiceNoteGetsThePoliteFallback() {
    TestBots.onboarded(bot, "5215530000003", "Eva");

    List<String> spoken =
        answers(
            "5215530000003",
            "wamid.voice.gone",
            PAYLOADS.voiceNote(
                "5215530000003", "Eva", "wamid.voice.gone", Instant.now(), "999000999"));

    assertThat(spoken, hasSize(1));
    assertThat(spoken.getFirst(), containsString("Todavía no puedo escuchar audios"));
  }
}
