package mx.aprende.bot.whatsapp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.conversation.Turn;
import mx.aprende.bot.tutor.Transcriber;
import mx.aprende.bot.tutor.VoiceNotes;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.client.MediaInfo;
import mx.aprende.bot.whatsapp.wire.InboundMessage;
import mx.aprende.bot.whatsapp.wire.Media;
import mx.aprende.bot.whatsapp.wire.MediaKind;

/**
 * Turns a WhatsApp message into the conversation's {@link Turn}, hearing voice notes and audio
 * files first when a transcriber is configured: the audio is downloaded by its media id,
 * transcribed, and the turn becomes the text the learner said, so it works as an answer, a command
 * or a question anywhere. A short note tells the learner what we heard. Without a transcriber, or
 * when anything fails or takes longer than the time box, the turn stays a media turn and the
 * conversation gives its polite fallback. Only the learner who sent the audio waits: each learner
 * has its own lane.
 */
final class VoiceTurns {

  private static final Logger LOG = Logger.getLogger(VoiceTurns.class.getName());

  /** Longest quote of the transcript in the note: long voice notes are not echoed whole. */
  static final int MAX_QUOTE = 200;

  private static final String UNKNOWN_TYPE = "application/octet-stream";

  /**
   * A turn for the conversation, and the replies to send before the conversation's own.
   *
   * @param turn what the conversation handles
   * @param notes what we tell the learner first (what we heard), empty for anything but audio
   */
  record Heard(Turn turn, List<Reply> notes) {
    Heard {
      notes = List.copyOf(notes);
    }

    /**
     * The notes followed by the conversation's replies; nothing when the conversation is silent.
     */
    List<Reply> before(List<Reply> replies) {
      if (replies.isEmpty() || notes.isEmpty()) {
        return replies;
      }
      List<Reply> all = new ArrayList<>(notes);
      all.addAll(replies);
      return List.copyOf(all);
    }
  }

  private final VoiceNotes.MediaFetcher media;
  private final Transcriber transcriber;
  private final Duration timeout;

  /**
   * @param media downloads a media file by id
   * @param transcriber {@link Transcriber#NONE} when the provider cannot transcribe
   * @param timeout the most a voice note may take to download and transcribe
   */
  VoiceTurns(VoiceNotes.MediaFetcher media, Transcriber transcriber, Duration timeout) {
    this.media = media;
    this.transcriber = transcriber;
    this.timeout = timeout;
  }

  /** The Graph API media flow: look the id up for a short-lived URL, then download the file. */
  static VoiceNotes.MediaFetcher graphApi(CloudApiClient client) {
    return (mediaId, maxBytes) -> {
      MediaInfo info = client.mediaInfo(mediaId);
      return new VoiceNotes.Audio(client.download(info, maxBytes), info.mimeType());
    };
  }

  /** The turn for {@code message} of {@code learnerKey}, with audio heard as text when possible. */
  Heard turn(String learnerKey, InboundMessage message) {
    Turn turn = WhatsAppTurns.toTurn(learnerKey, message);
    if (!(message.content() instanceof Media audio) || audio.kind() != MediaKind.AUDIO) {
      return new Heard(turn, List.of());
    }
    return heard(audio)
        .map(
            text ->
                new Heard(
                    new Turn(
                        turn.learnerKey(),
                        turn.messageId(),
                        turn.at(),
                        turn.profileName(),
                        new Inbound.Text(text)),
                    List.of(new Reply.Text(note(text)))))
        .orElseGet(() -> new Heard(turn, List.of()));
  }

  /** What we tell the learner we understood, so a wrong transcription is easy to spot. */
  static String note(String text) {
    String quote = text.length() > MAX_QUOTE ? text.substring(0, MAX_QUOTE).strip() + "…" : text;
    return "🎧 Escuché tu audio: «" + quote + "»";
  }

  private Optional<String> heard(Media audio) {
    VoiceNotes notes =
        new VoiceNotes((id, max) -> typed(media.fetch(id, max), audio.mimeType()), transcriber);
    if (!notes.available()) {
      return Optional.empty();
    }
    FutureTask<Optional<String>> task = new FutureTask<>(() -> notes.text(audio.mediaId()));
    Thread.ofVirtual().name("voice-note").start(task);
    try {
      return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      LOG.warning("Voice note not transcribed within " + timeout);
      return Optional.empty();
    } catch (ExecutionException e) {
      LOG.log(Level.WARNING, "Voice note not transcribed: " + e.getCause().getClass().getName());
      return Optional.empty();
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** The webhook's type ({@code audio/ogg; codecs=opus}) names the codec; the lookup may not. */
  private static VoiceNotes.Audio typed(VoiceNotes.Audio downloaded, String announced) {
    return announced.equals(UNKNOWN_TYPE)
        ? downloaded
        : new VoiceNotes.Audio(downloaded.bytes(), announced);
  }
}
