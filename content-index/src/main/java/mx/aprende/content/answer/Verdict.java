package mx.aprende.content.answer;

/** The outcome of checking one typed answer. */
public enum Verdict {
  /** The answer is right. */
  CORRECT,
  /** The answer was understood and is wrong. */
  INCORRECT,
  /** The input could not be read, or could be read in ways that disagree: ask again. */
  NOT_UNDERSTOOD
}
