package mx.aprende.bot.tutor;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A voice note to text: fetched through the channel's media download, then transcribed. Any failure
 * means "no text", and the conversation answers with its polite fallback.
 */
public final class VoiceNotes {

  private static final Logger LOG = Logger.getLogger(VoiceNotes.class.getName());

  /** The longest voice note we download (about 10 minutes of WhatsApp's Opus audio). */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  /** A downloaded media file. */
  public record Audio(byte[] bytes, String mimeType) {}

  /** Downloads a channel's media by id (the WhatsApp Graph API media flow in production). */
  @FunctionalInterface
  public interface MediaFetcher {
    Audio fetch(String mediaId, long maxBytes);
  }

  private final MediaFetcher media;
  private final Transcriber transcriber;

  public VoiceNotes(MediaFetcher media, Transcriber transcriber) {
    this.media = media;
    this.transcriber = transcriber;
  }

  /** Whether voice notes can be turned into text at all with this configuration. */
  public boolean available() {
    return transcriber != Transcriber.NONE;
  }

  /** The words of voice note {@code mediaId}; empty when unavailable or anything failed. */
  public Optional<String> text(String mediaId) {
    if (!available()) {
      return Optional.empty();
    }
    try {
      Audio audio = media.fetch(mediaId, MAX_BYTES);
      return transcriber
          .transcribe(audio.bytes(), audio.mimeType())
          .map(String::strip)
          .filter(s -> !s.isEmpty());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Voice note not transcribed: " + e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
