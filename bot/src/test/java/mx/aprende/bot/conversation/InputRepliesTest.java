package mx.aprende.bot.conversation;

import static mx.aprende.bot.conversation.ConversationScript.text;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the bot says to inputs it cannot read, and what it keeps of a location. */
class InputRepliesTest {

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of(
            new Inbound.Media(Inbound.MediaKind.VOICE, Optional.empty()), "escuchar audios"),
        Arguments.of(
            new Inbound.Media(Inbound.MediaKind.AUDIO, Optional.empty()), "escuchar audios"),
        Arguments.of(
            new Inbound.Media(Inbound.MediaKind.IMAGE, Optional.of("mi tarea")), "ver fotos"),
        Arguments.of(new Inbound.Media(Inbound.MediaKind.VIDEO, Optional.empty()), "ver videos"),
        Arguments.of(
            new Inbound.Media(Inbound.MediaKind.DOCUMENT, Optional.empty()), "leer documentos"),
        Arguments.of(new Inbound.Media(Inbound.MediaKind.STICKER, Optional.empty()), "sticker"),
        Arguments.of(new Inbound.Other("contacts"), "Recibí un contacto"),
        Arguments.of(new Inbound.Other("unsupported"), "No puedo abrir"),
        Arguments.of(new Inbound.Other("order"), "No puedo abrir"),
        Arguments.of(
            new Inbound.Location(20.67, -103.35, Optional.empty()), "guardé tu ubicación"));
  }

  /** Table: each kind of input mid-exercise → a short kind reply that says how to go on. */
  @ParameterizedTest
  @MethodSource("inputs")
  void eachInputGetsAKindReply(Inbound input, String phrase) {
    ConversationScript script = ConversationScript.start().onboarded();
    for (int i = 0; i < 30 && script.session().step() != Step.EXERCISE; i++) {
      script.taps("Siguiente");
    }
    script.sends(input).expect(text(containsString(phrase)));
    script.expect(text(containsString("escribe *repetir*")));
    assertThat(script.session().step(), is(Step.EXERCISE));
  }

  /** A location is kept after consent (for finding a center), never before. */
  @Test
  void locationKeptOnlyAfterConsent() {
    ConversationScript before = ConversationScript.start().learner("hola");
    before.sends(new Inbound.Location(19.4, -99.1, Optional.empty()));
    assertThat(before.session().profile().location(), is(Optional.empty()));

    ConversationScript after = ConversationScript.start().onboarded();
    after.sends(new Inbound.Location(19.4, -99.1, Optional.of("Casa")));
    assertThat(
        after.session().profile().location(),
        is(Optional.of(new Profile.Coordinates(19.4, -99.1))));
  }

  /** Reactions, deleted messages and system notices need no answer. */
  @Test
  void silentInputs() {
    ConversationScript script = ConversationScript.start().onboarded();
    script.sends(new Inbound.Reaction(Optional.of("👍"))).expect();
    script.sends(new Inbound.Other("revoke")).expect();
    script.sends(new Inbound.Other("system")).expect();
  }
}
