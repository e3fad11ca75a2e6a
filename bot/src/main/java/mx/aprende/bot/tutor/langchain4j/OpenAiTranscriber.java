package mx.aprende.bot.tutor.langchain4j;

import dev.langchain4j.data.audio.Audio;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.langchain4j.model.openai.OpenAiAudioTranscriptionModel;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.tutor.Transcriber;

/** Voice notes to text through an OpenAI-compatible {@code POST /audio/transcriptions}. */
public final class OpenAiTranscriber implements Transcriber {

  private static final Logger LOG = Logger.getLogger(OpenAiTranscriber.class.getName());

  /** The transcription model OpenAI-compatible servers usually name so. */
  public static final String MODEL = "whisper-1";

  private final OpenAiAudioTranscriptionModel model;

  public OpenAiTranscriber(URI baseUrl, String apiKey, Duration timeout) {
    this.model =
        OpenAiAudioTranscriptionModel.builder()
            .baseUrl(baseUrl.toString())
            .apiKey(apiKey)
            .modelName(MODEL)
            .timeout(timeout)
            .maxRetries(0)
            .build();
  }

  @Override
  public Optional<String> transcribe(byte[] audio, String mimeType) {
    // WhatsApp says "audio/ogg; codecs=opus"; the file name is derived from the bare type.
    String type = mimeType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    try {
      String text =
          model
              .transcribe(
                  AudioTranscriptionRequest.builder()
                      .audio(Audio.builder().binaryData(audio).mimeType(type).build())
                      .language("es")
                      .build())
              .text();
      return Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Transcription failed: " + e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
