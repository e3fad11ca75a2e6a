package mx.aprende.bot.whatsapp.wire;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small rules carried by the wire values themselves. */
class WireValuesTest {

  /** The sender key is the BSUID when present, else the phone; empty strings count as absent. */
  @Test
  void senderKeyPrefersBsuid() {
    Sender both =
        new Sender(
            Optional.of("MX.1"), Optional.of("5215512345678"), Optional.empty(), Optional.empty());
    Sender phoneOnly =
        new Sender(
            Optional.of(""), Optional.of("5215512345678"), Optional.of(""), Optional.empty());
    Sender bsuidOnly =
        new Sender(Optional.of("MX.1"), Optional.of(""), Optional.empty(), Optional.empty());

    assertThat(both.key(), is("MX.1"));
    assertThat(phoneOnly.key(), is("5215512345678"));
    assertThat(phoneOnly.userId(), is(Optional.empty()));
    assertThat(phoneOnly.profileName(), is(Optional.empty()));
    assertThat(bsuidOnly.key(), is("MX.1"));
    assertThat(bsuidOnly.phone(), is(Optional.empty()));
  }

  /** A sender with neither identity is flagged and has no key. */
  @Test
  void unidentifiedSenderHasNoKey() {
    Sender nobody =
        new Sender(Optional.of(""), Optional.of(""), Optional.of("Ana"), Optional.empty());

    assertThat(nobody.identified(), is(false));
    assertThrows(IllegalStateException.class, nobody::key);
  }

  /** Ranks rise along a message's life and failed is the highest, so it is terminal. */
  @Test
  void deliveryStatusRanks() {
    int[] ranks = Arrays.stream(DeliveryStatus.values()).mapToInt(DeliveryStatus::rank).toArray();

    assertThat(Arrays.equals(ranks, Arrays.stream(ranks).sorted().distinct().toArray()), is(true));
    for (DeliveryStatus status : DeliveryStatus.values()) {
      assertThat(status + " below failed", status.rank() <= DeliveryStatus.FAILED.rank(), is(true));
    }
    assertThat(DeliveryStatus.READ.rank() > DeliveryStatus.DELIVERED.rank(), is(true));
  }

  /** Status values parse from their webhook names, and unknown values parse to empty. */
  @Test
  void deliveryStatusParses() {
    for (DeliveryStatus status : DeliveryStatus.values()) {
      assertThat(DeliveryStatus.parse(status.wireName()), is(Optional.of(status)));
    }
    assertThat(DeliveryStatus.parse("delivered"), is(Optional.of(DeliveryStatus.DELIVERED)));
    assertThat(DeliveryStatus.parse("deleted"), is(Optional.empty()));
    assertThat(DeliveryStatus.parse(""), is(Optional.empty()));
  }

  /** Voice notes get their own metrics tag; other audio keeps {@code audio}. */
  @Test
  void voiceNoteTag() {
    Media voice = audio(true);
    Media file = audio(false);

    assertThat(voice.type(), is("voice"));
    assertThat(file.type(), is("audio"));
  }

  /** An empty emoji is a removed reaction. */
  @Test
  void emptyEmojiRemovesReaction() {
    assertThat(new Reaction("wamid.a", Optional.of("")).removed(), is(true));
    assertThat(new Reaction("wamid.a", Optional.of("👍")).removed(), is(false));
  }

  private static Media audio(boolean voice) {
    return new Media(
        MediaKind.AUDIO,
        "1",
        "audio/ogg",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        voice,
        false,
        Optional.empty());
  }
}
