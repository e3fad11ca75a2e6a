package mx.aprende.ops.load;

import java.util.List;

/** One message a simulated learner sends, as written in the journeys file. */
sealed interface Step {

  /**
   * Types one of {@code texts}, picked at random.
   *
   * @param texts what people type at this point; not empty
   */
  record Say(List<String> texts) implements Step {
    public Say {
      texts = List.copyOf(texts);
      if (texts.isEmpty()) {
        throw new IllegalArgumentException("a say step needs at least one text");
      }
    }
  }

  /**
   * Taps an option of the bot's last interactive message: the first of {@code prefer} it offered,
   * else any offered option; types {@code otherwise} when the bot offered none. Journeys written
   * this way keep working when the conversation renames or reorders its options.
   *
   * @param prefer option ids to tap when offered, most wanted first
   * @param otherwise text to type when nothing can be tapped
   */
  record Tap(List<String> prefer, String otherwise) implements Step {
    public Tap {
      prefer = List.copyOf(prefer);
    }
  }
}
