package mx.aprende.bot.conversation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mx.aprende.bot.tutor.Tutor;
import mx.aprende.content.curriculum.Level;
import mx.aprende.engine.policy.Activity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConversationTest {

  private static final Instant T0 = Instant.parse("2026-11-28T15:00:00Z");
  private static final Session KNOWN = new Session("5215512345678", T0, T0, 3, false);
  private static final Catalog CATALOG =
      new Catalog(
          List.of(
              new Catalog.ModuleCard(
                  "la-palabra", "La palabra", "Letras y sílabas", Level.INICIAL, 3, 7, 35),
              new Catalog.ModuleCard(
                  "fracciones-y-porcentajes",
                  "Fracciones y porcentajes",
                  "Partes de un entero",
                  Level.INTERMEDIO,
                  4,
                  11,
                  41),
              new Catalog.ModuleCard(
                  "los-numeros", "Los números", "Valor posicional", Level.INTERMEDIO, 3, 7, 34)),
          Map.of("frac-leer", "Leer fracciones"));

  /** A tutor that answers with the question it got, so the tests see what reached it. */
  private static final Tutor ECHO_TUTOR =
      question -> new Tutor.Answer("Respuesta a: " + question.question(), Optional.empty());

  /** An engine that always says: start with reading fractions. */
  private static final NextActivity ENGINE =
      (learner, module) -> new Activity.NewLesson("frac-leer", "prerequisites mastered");

  private final Conversation conversation = new Conversation(CATALOG, ECHO_TUTOR, ENGINE);

  private static Turn turn(Inbound input) {
    return new Turn(
        "5215512345678", "wamid.1", T0.plusSeconds(60), Optional.of("Ana López"), input);
  }

  /**
   * A first message, whatever it is, gets a greeting with the learner's first name and the menu.
   */
  @Test
  void firstMessageGreetsByNameAndShowsTheMenu() {
    Conversation.Outcome outcome =
        conversation.respond(Optional.empty(), turn(new Inbound.Text("hola")));

    assertThat(outcome.replies(), hasSize(2));
    Reply.Text greeting = (Reply.Text) outcome.replies().get(0);
    assertThat(greeting.body(), containsString("¡Hola, Ana!"));
    assertThat(greeting.body(), not(containsString("López")));
    Reply.Menu menu = (Reply.Menu) outcome.replies().get(1);
    assertThat(menu.options(), hasSize(10));
    assertThat(menu.buttonLabel().length(), is(lessThanOrEqualTo(20)));
    assertThat(outcome.session().turns(), is(1L));
    assertThat(outcome.session().firstSeen(), is(T0.plusSeconds(60)));
  }

  /** Without a profile name the greeting still reads well. */
  @Test
  void greetingWithoutProfileName() {
    Turn turn = new Turn("k", "wamid.1", T0, Optional.empty(), new Inbound.Text("hola"));
    Reply.Text greeting =
        (Reply.Text) conversation.respond(Optional.empty(), turn).replies().get(0);
    assertThat(greeting.body(), containsString("¡Hola! 👋"));
  }

  static Stream<Arguments> knownLearner() {
    return Stream.of(
        Arguments.of(new Inbound.Text("hola"), Reply.Menu.class, "Hola de nuevo, Ana"),
        Arguments.of(new Inbound.Text("Menú"), Reply.Menu.class, "Ver opciones"),
        Arguments.of(new Inbound.Text("  MENU!! "), Reply.Menu.class, "Ver opciones"),
        Arguments.of(
            new Inbound.Text("cuanto es 3/4"), Reply.Text.class, "Respuesta a: cuanto es 3/4"),
        Arguments.of(new Inbound.Text("???"), Reply.Menu.class, "Ver opciones"),
        Arguments.of(
            new Inbound.Choice("menu:question", "Hacer una pregunta"),
            Reply.Text.class,
            "Escríbeme tu pregunta"),
        Arguments.of(
            new Inbound.Choice("menu:progress", "Mi progreso"),
            Reply.Text.class,
            "*Mi progreso* todavía no está lista"),
        Arguments.of(
            new Inbound.Choice("menu:leave", "Darme de baja"),
            Reply.Buttons.class,
            "¿Quieres darte de baja?"),
        Arguments.of(new Inbound.Text("BAJA"), Reply.Buttons.class, "¿Quieres darte de baja?"),
        Arguments.of(new Inbound.Text("vaja!!"), Reply.Buttons.class, "¿Quieres darte de baja?"),
        Arguments.of(new Inbound.Text("Stop"), Reply.Buttons.class, "¿Quieres darte de baja?"),
        Arguments.of(
            new Inbound.Text("ya no quiero mensajes"),
            Reply.Buttons.class,
            "¿Quieres darte de baja?"),
        Arguments.of(
            new Inbound.Choice("leave:no", "No, seguir aquí"),
            Reply.Menu.class,
            "Qué bueno que sigues"),
        Arguments.of(new Inbound.Choice("unknown:id", "?"), Reply.Menu.class, "Ver opciones"),
        Arguments.of(new Inbound.Text("modulos"), Reply.Buttons.class, "¿Qué nivel quieres ver?"),
        Arguments.of(
            new Inbound.Choice("level:intermedio", "Primaria"),
            Reply.Menu.class,
            "módulos de *Primaria*"),
        Arguments.of(
            new Inbound.Choice("level:avanzado", "Secundaria"),
            Reply.Text.class,
            "Todavía no hay módulos"),
        Arguments.of(
            new Inbound.Choice("module:fracciones-y-porcentajes", "Fracciones"),
            Reply.Text.class,
            "Tiene 4 temas, 11 lecciones y 41 ejercicios"),
        Arguments.of(
            new Inbound.Choice("module:fracciones-y-porcentajes", "Fracciones"),
            Reply.Text.class,
            "Lo primero que te toca: *Leer fracciones*"),
        Arguments.of(
            new Inbound.Location(19.43, -99.13, Optional.empty()),
            Reply.Text.class,
            "Recibí tu ubicación"),
        Arguments.of(
            new Inbound.Media(Inbound.MediaKind.VOICE, Optional.empty()),
            Reply.Text.class,
            "escuchar audios"),
        Arguments.of(
            new Inbound.Media(Inbound.MediaKind.IMAGE, Optional.of("foto")),
            Reply.Text.class,
            "ver fotos"),
        Arguments.of(
            new Inbound.Media(Inbound.MediaKind.STICKER, Optional.empty()),
            Reply.Text.class,
            "sticker"),
        Arguments.of(new Inbound.Other("contacts"), Reply.Text.class, "No puedo abrir"));
  }

  /** Table: what a returning learner sends → the kind of reply and a phrase it must contain. */
  @ParameterizedTest
  @MethodSource("knownLearner")
  void knownLearnerReplies(Inbound input, Class<? extends Reply> kind, String phrase) {
    Conversation.Outcome outcome = conversation.respond(Optional.of(KNOWN), turn(input));

    assertThat(outcome.replies(), hasSize(1));
    Reply reply = outcome.replies().get(0);
    assertThat(reply, instanceOf(kind));
    String body =
        switch (reply) {
          case Reply.Text t -> t.body();
          case Reply.Menu m -> m.body() + " " + m.buttonLabel();
          case Reply.Buttons b -> b.body();
          case Reply.Document d -> d.caption();
        };
    assertThat(body, containsString(phrase));
    assertThat(outcome.session().turns(), is(4L));
  }

  /** "Seguir mi lección" with nothing started shows where one can start: the three levels. */
  @Test
  void continueWithoutALessonOffersTheLevels() {
    Conversation.Outcome outcome =
        conversation.respond(
            Optional.of(KNOWN), turn(new Inbound.Choice("menu:lesson", "Seguir mi lección")));
    assertThat(outcome.replies(), hasSize(2));
    Reply.Buttons levels = (Reply.Buttons) outcome.replies().get(1);
    assertThat(
        levels.options().stream().map(Reply.Option::title).toList(),
        is(List.of("Inicial", "Primaria", "Secundaria")));
  }

  /** A level lists its modules in order, title and summary, as a WhatsApp list. */
  @Test
  void levelListsItsModules() {
    Reply.Menu menu =
        (Reply.Menu)
            conversation
                .respond(
                    Optional.of(KNOWN), turn(new Inbound.Choice("level:intermedio", "Primaria")))
                .replies()
                .get(0);
    assertThat(
        menu.options().stream().map(Reply.Option::id).toList(),
        is(List.of("module:fracciones-y-porcentajes", "module:los-numeros")));
    assertThat(menu.options().get(0).description(), is(Optional.of("Partes de un entero")));
  }

  /** Confirming "baja" stops messages; while out only a greeting brings the learner back. */
  @Test
  void optOutAndComeBack() {
    Conversation.Outcome left =
        conversation.respond(
            Optional.of(KNOWN), turn(new Inbound.Choice("leave:yes", "Sí, darme de baja")));
    assertThat(left.session().optedOut(), is(true));
    assertThat(
        ((Reply.Text) left.replies().get(0)).body(), containsString("ya estás dado de baja"));

    Conversation.Outcome stillOut =
        conversation.respond(Optional.of(left.session()), turn(new Inbound.Text("cuanto es 3/4")));
    assertThat(stillOut.session().optedOut(), is(true));
    assertThat(((Reply.Text) stillOut.replies().get(0)).body(), containsString("escribe *hola*"));
    assertThat(
        conversation
            .respond(Optional.of(left.session()), turn(new Inbound.Reaction(Optional.of("👍"))))
            .replies(),
        hasSize(0));

    Conversation.Outcome back =
        conversation.respond(Optional.of(stillOut.session()), turn(new Inbound.Text("Hola!")));
    assertThat(back.session().optedOut(), is(false));
    assertThat(((Reply.Menu) back.replies().get(0)).body(), containsString("Hola de nuevo, Ana"));
  }

  /** "Baja" buttons fit WhatsApp (titles ≤ 20 characters). */
  @Test
  void confirmationButtonsFit() {
    Reply.Buttons confirm = (Reply.Buttons) OptOut.confirm();
    confirm
        .options()
        .forEach(o -> assertThat(o.title(), o.title().length(), is(lessThanOrEqualTo(20))));
  }

  /** Reactions, deleted messages and system notices need no answer. */
  @Test
  void silentInputs() {
    for (Inbound input :
        List.of(
            new Inbound.Reaction(Optional.of("👍")),
            new Inbound.Other("revoke"),
            new Inbound.Other("system"))) {
      assertThat(conversation.respond(Optional.of(KNOWN), turn(input)).replies(), hasSize(0));
    }
  }

  /**
   * Every menu entry fits WhatsApp's list limits (title ≤ 24, description ≤ 72) and ids are unique.
   */
  @Test
  void menuFitsWhatsAppLimits() {
    Reply.Menu menu = MainMenu.reply("x");
    assertThat(menu.options().stream().map(Reply.Option::id).distinct().count(), is(10L));
    for (Reply.Option option : menu.options()) {
      assertThat(option.title(), option.title().length(), is(lessThanOrEqualTo(24)));
      assertThat(option.description().orElseThrow().length(), is(lessThanOrEqualTo(72)));
    }
  }

  /** Sessions never move their last-seen time backwards when messages arrive out of order. */
  @Test
  void lastSeenNeverGoesBackwards() {
    Session later = new Session("k", T0, T0.plusSeconds(600), 2, false);
    assertThat(later.touched(T0.plusSeconds(60)).lastSeen(), is(T0.plusSeconds(600)));
  }
}
