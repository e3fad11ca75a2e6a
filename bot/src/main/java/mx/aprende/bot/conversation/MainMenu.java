package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;

/**
 * The main menu: what a learner can do at any time. Items whose feature is not built yet answer
 * honestly that it is coming, instead of pretending.
 */
final class MainMenu {

  static final String PREFIX = "menu:";
  static final String BUTTON_LABEL = "Ver opciones";
  static final String LESSON = "lesson";
  static final String QUESTION = "question";
  static final String LEAVE = "leave";

  /** One menu entry; {@code ready} is false until its feature exists. */
  record Item(String id, String title, String description, boolean ready) {
    Reply.Option option() {
      return Reply.Option.of(PREFIX + id, title, description);
    }
  }

  static final List<Item> ITEMS =
      List.of(
          new Item(LESSON, "Seguir mi lección", "Continúa donde te quedaste", true),
          new Item("practice", "Practicar", "Ejercicios a tu medida", false),
          new Item("review", "Repasar", "Lo que ya aprendiste", false),
          new Item("progress", "Mi progreso", "Lo que ya sabes y lo que sigue", false),
          new Item(QUESTION, "Hacer una pregunta", "Pregunta lo que no entiendas", true),
          new Item("exam", "Mi examen", "Cuándo y dónde presentarlo", false),
          new Item("tutor", "Hablar con asesor", "Una persona te ayuda", false),
          new Item("guide", "Descargar mi guía", "Estudia sin datos", false),
          new Item("settings", "Ajustes", "Recordatorios y tu nombre", false),
          new Item(LEAVE, "Darme de baja", "Dejar de recibir mensajes", true));

  private MainMenu() {}

  static Reply.Menu reply(String body) {
    return new Reply.Menu(body, BUTTON_LABEL, ITEMS.stream().map(Item::option).toList());
  }

  static Optional<Item> find(String choiceId) {
    if (!choiceId.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String id = choiceId.substring(PREFIX.length());
    return ITEMS.stream().filter(item -> item.id().equals(id)).findFirst();
  }
}
