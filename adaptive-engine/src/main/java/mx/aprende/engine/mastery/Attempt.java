package mx.aprende.engine.mastery;

/**
 * One observed answer: the item, whether the first answer was correct, and when it happened
 * (seconds since the epoch; 0 when the data has no time).
 */
public record Attempt(Item item, boolean correct, long epochSecond) {

  /** An attempt without time information. */
  public static Attempt of(Item item, boolean correct) {
    return new Attempt(item, correct, 0L);
  }
}
