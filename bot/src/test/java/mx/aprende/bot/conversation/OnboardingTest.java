package mx.aprende.bot.conversation;

import static mx.aprende.bot.conversation.ConversationScript.buttons;
import static mx.aprende.bot.conversation.ConversationScript.says;
import static mx.aprende.bot.conversation.ConversationScript.text;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first conversation: consent, name, age, state, goal, placement and tutorial. */
class OnboardingTest {

  /** The whole onboarding, step by step, ending in the first lesson. */
  @Test
  void fullOnboarding() {
    ConversationScript script = ConversationScript.start();
    script
        .learner("hola")
        .expect(
            buttons(
                allOf(
                    containsString("¡Hola, Ana!"),
                    containsString("privacidad"),
                    containsString(ConversationScript.PRIVACY_URL)),
                "Acepto",
                "No acepto",
                "Más info"));
    assertThat("nothing personal before consent", script.session().profile(), is(Profile.EMPTY));

    script
        .taps("Más info")
        .expect(buttons(containsString("No pido tu CURP"), "Acepto", "No acepto", "Más info"))
        .taps("Acepto")
        .expect(buttons(containsString("¿Te llamo *Ana*?"), "Sí", "Otro nombre"));
    assertThat(script.session().consented(), is(true));

    script
        .taps("Otro nombre")
        .expect(text(containsString("¿Cómo te gusta que te digan?")))
        .learner("anita")
        .expect(buttons(containsString("Mucho gusto, Anita"), "Sí, 15 o más", "No, soy menor"))
        .taps("Sí, 15 o más")
        .expect(text(containsString("¿En qué estado vives?")))
        .learner("vivo en edo mex")
        .expect(buttons(containsString("¿Vives en *Estado de México*?"), "Sí", "No, otro"))
        .taps("Sí")
        .expect(
            buttons(containsString("¿Qué quieres terminar?"), "Primaria", "Secundaria", "No sé"))
        .taps("Secundaria")
        .expect(buttons(containsString("te haré unas preguntas"), "Empezar", "Saltar"))
        .taps("Saltar")
        .expect(
            text(containsString("empezamos desde el principio")),
            buttons(containsString("Paso 1"), "Entendido"))
        .taps("Entendido")
        .expect(text(containsString("escribe *menú*")))
        .learner("Menu")
        .expect(buttons(containsString("escribe *ayuda*"), "Empezar", "Ver menú"))
        .taps("Empezar")
        .expect(buttons(containsString("📘"), "Siguiente"));

    Profile profile = script.session().profile();
    assertThat(profile.name(), is(Optional.of("Anita")));
    assertThat(profile.state(), is(Optional.of("15")));
    assertThat(profile.goal(), is(Optional.of(Profile.Goal.SECUNDARIA)));
    assertThat(script.session().step(), is(Step.LESSON));
  }

  /** "No acepto" ends politely and keeps only the refusal; writing again asks once more. */
  @Test
  void refusal() {
    ConversationScript script = ConversationScript.start();
    script.learner("hola").taps("No acepto").expect(text(containsString("respeto tu decisión")));
    Session refused = script.session();
    assertThat(refused.profile().consent(), is(Profile.Consent.REFUSED));
    assertThat(refused.profile().name(), is(Optional.empty()));
    assertThat(refused.step(), is(Step.REFUSED));

    script
        .learner("hola otra vez")
        .expect(buttons(containsString("necesito que aceptes"), "Acepto", "No acepto", "Más info"))
        .learner("acepto")
        .expect(buttons(containsString("¿Te llamo *Ana*?"), "Sí", "Otro nombre"));
  }

  /** Under 15: a kind referral, and nothing is kept (not even the consent). */
  @Test
  void underFifteen() {
    ConversationScript script = ConversationScript.start();
    script
        .learner("hola")
        .taps("Acepto")
        .taps("Sí")
        .taps("No, soy menor")
        .expect(text(allOf(containsString("15 años o más"), containsString("no guardé"))));
    assertThat(script.session().profile(), is(Profile.EMPTY));
    assertThat(script.session().step(), is(Step.NEW));
  }

  /** A typed age counts: "tengo 14" is under 15, "34" is not. */
  @Test
  void typedAge() {
    ConversationScript.start()
        .learner("hola")
        .taps("Acepto")
        .taps("Sí")
        .learner("tengo 34")
        .expect(text(containsString("¿En qué estado vives?")));
    ConversationScript.start()
        .learner("hola")
        .taps("Acepto")
        .taps("Sí")
        .learner("tengo 14")
        .expect(text(containsString("no guardé")));
  }

  /** A state not recognised is asked again with examples; "No, otro" asks again too. */
  @Test
  void stateAskedAgain() {
    ConversationScript.start()
        .learner("hola")
        .taps("Acepto")
        .taps("Sí")
        .taps("Sí, 15 o más")
        .learner("por ahí")
        .expect(text(containsString("No reconocí el estado")))
        .learner("Qro")
        .expect(buttons(containsString("Querétaro"), "Sí", "No, otro"))
        .taps("No, otro")
        .expect(text(containsString("¿En qué estado vives?")))
        .learner("nuevo leon")
        .taps("Sí")
        .expect(buttons(containsString("Nuevo León"), "Primaria", "Secundaria", "No sé"));
  }

  /** The placement quiz: questions one by one, "No sé" counts, then a module and the tutorial. */
  @Test
  void placement() {
    ConversationScript script = ConversationScript.start();
    script
        .learner("hola")
        .taps("Acepto")
        .taps("Sí")
        .taps("Sí, 15 o más")
        .learner("CDMX")
        .taps("Sí")
        .taps("No sé")
        .taps("Empezar")
        .expectLast(says(containsString("*Pregunta 1*")));
    assertThat(script.session().step(), is(Step.PLACEMENT));

    script
        .answersRight()
        .expectLast(says(allOf(containsString("Anotado"), containsString("*Pregunta 2*"))));
    script.learner("no sé").expectLast(says(containsString("*Pregunta 3*")));
    script.learner("??").expect(text(containsString("No entendí tu respuesta")));
    int asked = 3;
    while (script.session().step() == Step.PLACEMENT && asked < 20) {
      script.answersWrong();
      asked++;
    }
    assertThat(script.session().step(), is(Step.TUTORIAL_BUTTONS));
    script.expectSome(text(containsString("Empezarás en el módulo")));
    assertThat(script.session().study().module().isPresent(), is(true));
    assertThat(script.session().study().placement(), is(Optional.empty()));
  }

  /** "Terminar prueba" ends the quiz early with what was learnt. */
  @Test
  void placementStoppedEarly() {
    ConversationScript script = ConversationScript.start();
    script
        .learner("hola")
        .taps("Acepto")
        .taps("Sí")
        .taps("Sí, 15 o más")
        .learner("jalisco")
        .taps("Sí")
        .taps("Primaria")
        .taps("Empezar")
        .answersRight();
    script
        .learner("saltar")
        .expect(text(containsString("Empezarás")), buttons(containsString("Paso 1"), "Entendido"));
  }

  /** The tutorial insists gently: a wrong word gets the instruction again; "saltar" skips it. */
  @Test
  void tutorialRepeatsAndSkips() {
    ConversationScript.start()
        .learner("hola")
        .taps("Acepto")
        .taps("Sí")
        .taps("Sí, 15 o más")
        .learner("Oaxaca")
        .taps("Sí")
        .taps("Primaria")
        .taps("Saltar")
        .learner("ok")
        .expect(buttons(containsString("Toca el botón *Entendido*"), "Entendido"))
        .taps("Entendido")
        .learner("hola")
        .expect(text(containsString("Escribe la palabra *menú*")))
        .learner("saltar")
        .expect(buttons(not(containsString("Paso")), "Siguiente"));
  }
}
