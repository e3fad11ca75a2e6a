package mx.aprende.bot.tutor.langchain4j;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import mx.aprende.bot.tutor.Transcriber;
import mx.aprende.bot.tutor.VoiceNotes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Voice notes to text through an OpenAI-compatible /audio/transcriptions stub. */
class TranscriptionTest {

  private static final byte[] OGG = {'O', 'g', 'g', 'S', 0, 2, 0, 0};

  private static StubLlmServer stub;

  @BeforeAll
  static void start() throws IOException {
    stub = StubLlmServer.start();
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  /** The audio goes as multipart to /v1/audio/transcriptions and the spoken words come back. */
  @Test
  void transcribesThroughTheProvider() {
    Transcriber transcriber =
        new OpenAiTranscriber(stub.openAiBase(), "test-key", Duration.ofSeconds(5));
    Optional<String> text = transcriber.transcribe(OGG, "audio/ogg; codecs=opus");

    assertThat(text, is(Optional.of(StubLlmServer.TRANSCRIPT)));
    StubLlmServer.Received request = stub.received().getLast();
    assertThat(request.path(), is("/v1/audio/transcriptions"));
    assertThat(request.contentType(), containsString("multipart/form-data"));
    assertThat(request.body(), containsString("whisper-1"));
  }

  /** A voice note is fetched by media id, then transcribed. */
  @Test
  void voiceNoteBecomesText() {
    VoiceNotes notes =
        new VoiceNotes(
            (id, max) -> new VoiceNotes.Audio(OGG, "audio/ogg; codecs=opus"),
            new OpenAiTranscriber(stub.openAiBase(), "test-key", Duration.ofSeconds(5)));
    assertThat(notes.available(), is(true));
    assertThat(notes.text("media-1"), is(Optional.of(StubLlmServer.TRANSCRIPT)));
  }

  /** Without transcription, or when the download fails, there is no text (polite fallback). */
  @Test
  void noTranscriptionMeansNoText() {
    VoiceNotes none =
        new VoiceNotes((id, max) -> new VoiceNotes.Audio(OGG, "audio/ogg"), Transcriber.NONE);
    VoiceNotes failing =
        new VoiceNotes(
            (id, max) -> {
              throw new IllegalStateException("media gone");
            },
            new OpenAiTranscriber(stub.openAiBase(), "test-key", Duration.ofSeconds(5)));
    assertThat(none.available(), is(false));
    assertThat(none.text("media-1"), is(Optional.empty()));
    assertThat(failing.text("media-1"), is(Optional.empty()));
  }
}
