package mx.aprende.bot.guide;

import java.util.List;
import java.util.Optional;
import mx.aprende.bot.conversation.Conversation;
import mx.aprende.bot.conversation.Inbound;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;
import mx.aprende.engine.store.LearnerStateStore;

/**
 * The menu's <em>Descargar mi guía</em>: the study guide of the unit the learner is on (the unit of
 * the skill the engine last worked with them), or of the first unit for a learner who has not
 * started, as a document to study without data.
 */
public final class GuideMenu implements Conversation.Dialog {

  static final String CHOICE = "menu:guide";

  private final Curriculum curriculum;
  private final LearnerStateStore states;

  public GuideMenu(Curriculum curriculum, LearnerStateStore states) {
    this.curriculum = curriculum;
    this.states = states;
  }

  @Override
  public Optional<List<Reply>> answer(String learnerKey, Inbound input) {
    if (!(input instanceof Inbound.Choice choice) || !choice.id().equals(CHOICE)) {
      return Optional.empty();
    }
    Optional<Unit> unit = currentUnit(learnerKey);
    if (unit.isEmpty()) {
      return Optional.of(
          List.of(new Reply.Text("Todavía no hay guías. Escribe *menú* para ver las opciones.")));
    }
    Module module = curriculum.module(unit.get().moduleId()).orElseThrow();
    return Optional.of(List.of(new Reply.Document(unit.get().id(), caption(module, unit.get()))));
  }

  /** The unit of the learner's last skill, else the first unit of the first module. */
  Optional<Unit> currentUnit(String learnerKey) {
    Optional<String> skill = states.load(learnerKey).lastSkill();
    return skill
        .flatMap(s -> curriculum.units().stream().filter(u -> u.skills().contains(s)).findFirst())
        .or(() -> curriculum.units().stream().findFirst());
  }

  static String caption(Module module, Unit unit) {
    return "📘 Tu guía de *"
        + unit.title()
        + "* ("
        + module.title()
        + "). Guárdala y estúdiala cuando quieras, sin usar datos. Al final vienen las respuestas"
        + " de los ejercicios.";
  }
}
