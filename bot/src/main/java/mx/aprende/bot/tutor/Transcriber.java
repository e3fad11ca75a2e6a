package mx.aprende.bot.tutor;

import java.util.Optional;

/** Turns a voice note into text, when the configured provider can. */
public interface Transcriber {

  /** No transcription available: voice notes get the polite fallback. */
  Transcriber NONE = (audio, mimeType) -> Optional.empty();

  /**
   * @param audio the audio file's bytes
   * @param mimeType its type as the channel reported it (e.g. {@code audio/ogg})
   * @return the words spoken; empty when transcription is unavailable or failed
   */
  Optional<String> transcribe(byte[] audio, String mimeType);
}
