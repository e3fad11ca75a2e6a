package mx.aprende.bot.conversation;

/**
 * Where a learner is in the conversation: what the bot is waiting for. Stored by name, so renaming
 * a constant needs a data migration.
 */
public enum Step {
  /** Never answered: the next message gets the welcome and the privacy notice. */
  NEW,
  /** Waiting for Acepto / No acepto / Más info. */
  CONSENT,
  /** Said "No acepto": only the refusal is kept. */
  REFUSED,
  /** Waiting for "¿Te llamo Ana?" (Sí / Otro nombre). */
  NAME,
  /** Waiting for the name typed by the learner. */
  NAME_TYPED,
  /** Waiting for the 15-or-older confirmation. */
  AGE,
  /** Waiting for the state the learner lives in (free text). */
  STATE,
  /** Waiting for the confirmation of the state matched ({@code pending} holds its code). */
  STATE_CONFIRM,
  /** Waiting for Primaria / Secundaria / No sé. */
  GOAL,
  /** Waiting for Empezar / Saltar of the placement quiz. */
  PLACEMENT_OFFER,
  /** Answering the placement quiz. */
  PLACEMENT,
  /** Mini tutorial, step 1: tap a button. */
  TUTORIAL_BUTTONS,
  /** Mini tutorial, step 2: type "menú". */
  TUTORIAL_MENU,
  /** Mini tutorial, step 3: "ayuda" for a person; then the first lesson. */
  TUTORIAL_HELP,
  /** Free: the menu or a question; study position kept in {@link Study}. */
  MENU,
  /** Reading a lesson, chunk by chunk. */
  LESSON,
  /** Answering a practice or review exercise. */
  EXERCISE,
  /** Asked to write a question ("Hacer una pregunta"). */
  QUESTION;

  /** Whether the learner still has to finish onboarding (consent given, profile incomplete). */
  boolean onboarding() {
    return switch (this) {
      case NAME,
          NAME_TYPED,
          AGE,
          STATE,
          STATE_CONFIRM,
          GOAL,
          PLACEMENT_OFFER,
          PLACEMENT,
          TUTORIAL_BUTTONS,
          TUTORIAL_MENU,
          TUTORIAL_HELP ->
          true;
      case NEW, CONSENT, REFUSED, MENU, LESSON, EXERCISE, QUESTION -> false;
    };
  }
}
