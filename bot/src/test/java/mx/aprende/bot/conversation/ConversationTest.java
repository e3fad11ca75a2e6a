package mx.aprende.bot.conversation;

import static mx.aprende.bot.conversation.ConversationScript.buttons;
import static mx.aprende.bot.conversation.ConversationScript.menu;
import static mx.aprende.bot.conversation.ConversationScript.text;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules that hold whatever the learner is doing: baja, the menu's limits, bookkeeping. */
class ConversationTest {

  private static final Instant T0 = Instant.parse("2026-11-28T15:00:00Z");

  /** Confirming "baja" stops messages; while out only a greeting brings the learner back. */
  @Test
  void optOutAndComeBack() {
    ConversationScript script = ConversationScript.start().onboarded();
    script
        .learner("BAJA")
        .expect(
            buttons(
                containsString("¿Quieres darte de baja?"), "Sí, darme de baja", "No, seguir aquí"))
        .taps("Sí, darme de baja")
        .expect(text(containsString("ya estás dado de baja")));
    assertThat(script.session().optedOut(), is(true));

    script.learner("cuanto es 3/4").expect(text(containsString("escribe *hola*")));
    script.sends(new Inbound.Reaction(Optional.of("👍"))).expect();
    assertThat(script.session().optedOut(), is(true));

    script.learner("Hola!").expect(menu(containsString("Hola de nuevo, Ana")));
    assertThat(script.session().optedOut(), is(false));
  }

  /** "No, seguir aquí" keeps the learner and shows the menu. */
  @Test
  void stayingAfterAskingToLeave() {
    ConversationScript.start()
        .onboarded()
        .learner("ya no quiero mensajes")
        .taps("No, seguir aquí")
        .expect(menu(containsString("Qué bueno que sigues")));
  }

  /** "Baja" buttons fit WhatsApp (titles ≤ 20 characters). */
  @Test
  void confirmationButtonsFit() {
    Reply.Buttons confirm = (Reply.Buttons) OptOut.confirm();
    confirm
        .options()
        .forEach(o -> assertThat(o.title(), o.title().length(), is(lessThanOrEqualTo(20))));
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

  /** The module browser shows a module and lets the learner start studying it. */
  @Test
  void browsingAModuleAndStudyingIt() {
    ConversationScript script = ConversationScript.start().onboarded();
    script
        .sends(new Inbound.Choice("module:fracciones-y-porcentajes", "Fracciones"))
        .expect(text(containsString("te conviene terminar otros más básicos")))
        .sends(new Inbound.Choice("module:matematicas-para-empezar", "Matemáticas"))
        .expect(buttons(containsString("Matemáticas para empezar"), "Estudiar este", "Menú"))
        .taps("Estudiar este")
        .expect(buttons(containsString("📘"), "Siguiente"));
    assertThat(script.session().study().module(), is(Optional.of("matematicas-para-empezar")));
  }

  /** "Ajustes → Mi nombre": the learner types a new name and is called by it. */
  @Test
  void renameFromSettings() {
    ConversationScript script = ConversationScript.start().onboarded();
    script
        .sends(new Inbound.Choice("menu:settings", "Ajustes"))
        .expect(buttons(containsString("Ajustes"), "Recordatorios", "Mi nombre"))
        .taps("Mi nombre")
        .expect(text(containsString("¿Cómo te gusta que te digan?")))
        .learner("Lupita")
        .expect(menu(containsString("te llamaré *Lupita*")));
    assertThat(script.session().name(), is(Optional.of("Lupita")));
  }

  /** "Hacer una pregunta": the next text goes to the tutor, with the way back. */
  @Test
  void askingAQuestionFromTheMenu() {
    ConversationScript.start()
        .onboarded()
        .sends(new Inbound.Choice("menu:question", "Hacer una pregunta"))
        .expect(text(containsString("Escríbeme tu pregunta")))
        .learner("cuánto es un cuarto")
        .expect(
            text(containsString("Respuesta a: cuánto es un cuarto")),
            buttons(containsString("Seguir"), "Seguir", "Menú"));
  }

  /** "Hablar con asesor" from the menu: a kind reply, and the request kept in the session. */
  @Test
  void askingForAPerson() {
    ConversationScript script =
        ConversationScript.start()
            .onboarded()
            .sends(new Inbound.Choice("menu:tutor", "Hablar con asesor"))
            .expect(text(containsString("Una persona te escribirá pronto")));
    assertThat(script.session().profile().helpRequestedAt().isPresent(), is(true));
  }

  /** "módulos" shows the levels; the menu items built elsewhere answer honestly for now. */
  @Test
  void modulesAndHandoffs() {
    ConversationScript.start()
        .onboarded()
        .learner("modulos")
        .expect(buttons(containsString("¿Qué nivel"), "Inicial", "Primaria", "Secundaria"))
        .sends(new Inbound.Choice("menu:guide", "Descargar mi guía"))
        .expect(text(containsString("todavía no está lista")))
        .sends(new Inbound.Choice("menu:exam", "Mi examen"))
        .expect(text(containsString("Mi examen")));
  }
}
