package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;

/**
 * The main menu: what a learner can do at any time. Items whose feature is built beside the journey
 * (exam, guide) go through {@link Handoffs}, which answers honestly until it exists.
 */
final class MainMenu {

  static final String PREFIX = "menu:";
  static final String BUTTON_LABEL = "Ver opciones";
  static final String LESSON = "lesson";
  static final String PRACTICE = "practice";
  static final String REVIEW = "review";
  static final String PROGRESS = "progress";
  static final String QUESTION = "question";
  static final String EXAM = "exam";
  static final String TUTOR = "tutor";
  static final String GUIDE = "guide";
  static final String SETTINGS = "settings";
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
          new Item(PRACTICE, "Practicar", "Ejercicios a tu medida", true),
          new Item(REVIEW, "Repasar", "Lo que ya aprendiste", true),
          new Item(PROGRESS, "Mi progreso", "Lo que ya sabes y lo que sigue", true),
          new Item(QUESTION, "Hacer una pregunta", "Pregunta lo que no entiendas", true),
          new Item(EXAM, "Mi examen", "Cuándo y dónde presentarlo", false),
          new Item(TUTOR, "Hablar con asesor", "Una persona te ayuda", true),
          new Item(GUIDE, "Descargar mi guía", "Estudia sin datos", false),
          new Item(SETTINGS, "Ajustes", "Recordatorios y tu nombre", true),
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
