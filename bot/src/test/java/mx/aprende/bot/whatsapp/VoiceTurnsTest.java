package mx.aprende.bot.whatsapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.tutor.Transcriber;
import mx.aprende.bot.tutor.VoiceNotes;
import mx.aprende.bot.whatsapp.wire.InboundMessage;
import mx.aprende.bot.whatsapp.wire.Media;
import mx.aprende.bot.whatsapp.wire.MediaKind;
import mx.aprende.bot.whatsapp.wire.MessageContent;
import mx.aprende.bot.whatsapp.wire.Sender;
import mx.aprende.bot.whatsapp.wire.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Voice notes heard as text before the conversation sees them; anything else left as it was. */
class VoiceTurnsTest {

  /** The pseudonymous key the inbox stored the message under. */
  private static final String LEARNER = "lk_voiceturnstestlearner00";

  private static final byte[] OGG = {'O', 'g', 'g', 'S', 0, 2, 0, 0};
  private static final String WIRE_TYPE = "audio/ogg; codecs=opus";
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** What the fake transcriber was given. */
  private record Heard(byte[] audio, String mimeType) {}

  private final List<String> fetched = new CopyOnWriteArrayList<>();
  private final List<Heard> transcribed = new CopyOnWriteArrayList<>();

  private VoiceNotes.MediaFetcher graph() {
    return (id, max) -> {
      fetched.add(id);
      // The media lookup does not always name the codec; the webhook's type wins.
      return new VoiceNotes.Audio(OGG, "application/octet-stream");
    };
  }

  private Transcriber saying(String words) {
    return (audio, mimeType) -> {
      transcribed.add(new Heard(audio, mimeType));
      return Optional.of(words);
    };
  }

  private static InboundMessage message(MessageContent content) {
    return new InboundMessage(
        "wamid.voice.1",
        Instant.parse("2026-11-28T16:00:00Z"),
        "100000000000001",
        Sender.ofPhone("5215500000001", "Ana"),
        content,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        "{}");
  }

  private static Media audio(boolean voice) {
    return new Media(
        MediaKind.AUDIO,
        "media-7",
        WIRE_TYPE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        voice,
        false,
        Optional.empty());
  }

  /**
   * A voice note is downloaded by its id, transcribed and handed over as typed text, with a note.
   */
  @Test
  void voiceNoteBecomesText() {
    VoiceTurns voice = new VoiceTurns(graph(), saying(" como se suman los quebrados "), TIMEOUT);

    VoiceTurns.Heard heard = voice.turn(LEARNER, message(audio(true)));

    assertThat(heard.turn().input(), is(new Inbound.Text("como se suman los quebrados")));
    assertThat(heard.turn().messageId(), is("wamid.voice.1"));
    assertThat(heard.turn().learnerKey(), is(LEARNER));
    assertThat(fetched, is(List.of("media-7")));
    assertThat(transcribed.size(), is(1));
    assertThat(transcribed.getFirst().audio(), is(OGG));
    assertThat(transcribed.getFirst().mimeType(), is(WIRE_TYPE));
    assertThat(
        heard.notes(),
        is(List.<Reply>of(new Reply.Text("🎧 Escuché tu audio: «como se suman los quebrados»"))));
  }

  /** An audio file (not recorded as a voice note) is heard the same way. */
  @Test
  void audioFileBecomesText() {
    VoiceTurns voice = new VoiceTurns(graph(), saying("menú"), TIMEOUT);

    assertThat(
        voice.turn(LEARNER, message(audio(false))).turn().input(), is(new Inbound.Text("menú")));
  }

  static Stream<Arguments> failures() {
    Transcriber hears = (audio, type) -> Optional.of("hola");
    Transcriber silent = (audio, type) -> Optional.empty();
    Transcriber blank = (audio, type) -> Optional.of("   ");
    Transcriber broken =
        (audio, type) -> {
          throw new IllegalStateException("provider down");
        };
    return Stream.of(
        Arguments.of("no transcription (provider none or ollama)", false, Transcriber.NONE),
        Arguments.of("download fails", true, hears),
        Arguments.of("nothing understood", false, silent),
        Arguments.of("only silence", false, blank),
        Arguments.of("provider fails", false, broken));
  }

  /** Whatever goes wrong, the turn stays the voice note: the conversation's polite fallback. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void failureKeepsTheMediaTurn(String why, boolean downloadFails, Transcriber transcriber) {
    VoiceNotes.MediaFetcher gone =
        (id, max) -> {
          throw new IllegalStateException("media expired");
        };
    VoiceTurns voice = new VoiceTurns(downloadFails ? gone : graph(), transcriber, TIMEOUT);

    VoiceTurns.Heard heard = voice.turn(LEARNER, message(audio(true)));

    assertThat(
        heard.turn().input(), is(new Inbound.Media(Inbound.MediaKind.VOICE, Optional.empty())));
    assertThat(heard.notes(), is(List.of()));
    if (transcriber == Transcriber.NONE) {
      assertThat("nothing downloaded without a transcriber", fetched, is(List.of()));
    }
  }

  /** A provider slower than the time box is abandoned (and interrupted): media turn, in time. */
  @Test
  void slowProviderIsTimeBoxed() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    Transcriber stuck =
        (audio, type) -> {
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            interrupted.countDown();
          }
          return Optional.of("demasiado tarde");
        };
    VoiceTurns voice = new VoiceTurns(graph(), stuck, Duration.ofMillis(200));

    long start = System.nanoTime();
    VoiceTurns.Heard heard = voice.turn(LEARNER, message(audio(true)));
    long tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

    assertThat(
        heard.turn().input(), is(new Inbound.Media(Inbound.MediaKind.VOICE, Optional.empty())));
    assertThat(tookMillis, lessThan(3_000L));
    assertThat(heard.notes(), is(List.of()));
    assertThat(interrupted.await(5, TimeUnit.SECONDS), is(true));
  }

  /** Text and other media pass untouched, without a download or a transcription. */
  @Test
  void otherMessagesAreUntouched() {
    VoiceTurns voice = new VoiceTurns(graph(), saying("no debería oírse"), TIMEOUT);
    Media photo =
        new Media(
            MediaKind.IMAGE,
            "media-8",
            "image/jpeg",
            Optional.empty(),
            Optional.of("mi tarea"),
            Optional.empty(),
            false,
            false,
            Optional.empty());

    for (MessageContent content : List.of(new Text("hola"), photo)) {
      VoiceTurns.Heard heard = voice.turn(LEARNER, message(content));
      assertThat(heard.turn(), is(WhatsAppTurns.toTurn(LEARNER, message(content))));
      assertThat(heard.notes(), is(List.of()));
    }
    assertThat(fetched, is(List.of()));
    assertThat(transcribed, is(List.of()));
  }

  /** The note goes first, but a silent conversation (e.g. a staff takeover) stays silent. */
  @Test
  void noteOnlyBeforeAnAnswer() {
    VoiceTurns.Heard heard =
        new VoiceTurns(graph(), saying("hola"), TIMEOUT).turn(LEARNER, message(audio(true)));
    Reply answer = new Reply.Text("¡Hola!");

    assertThat(heard.before(List.of()), is(List.of()));
    assertThat(heard.before(List.of(answer)), is(List.of(heard.notes().getFirst(), answer)));
  }

  /** A long voice note is not echoed whole. */
  @Test
  void longTranscriptIsQuotedShort() {
    String words = "uno dos tres cuatro ".repeat(40).strip();

    String note = VoiceTurns.note(words);

    assertThat(note.length(), lessThan(VoiceTurns.MAX_QUOTE + 30));
    assertThat(note.endsWith("…»"), is(true));
  }
}
