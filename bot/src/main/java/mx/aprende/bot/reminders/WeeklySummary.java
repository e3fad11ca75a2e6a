package mx.aprende.bot.reminders;

/**
 * A learner's week in figures, as the weekly progress template shows them.
 *
 * @param exercises exercises answered in the week, at least one
 * @param mastered skills mastered in the module the learner works on
 * @param skills skills in that module
 * @param module that module's title
 */
public record WeeklySummary(int exercises, int mastered, int skills, String module) {

  /** Rejects a week without exercises or impossible counts. */
  public WeeklySummary {
    if (exercises < 1 || mastered < 0 || mastered > skills) {
      throw new IllegalArgumentException(
          "a weekly summary needs exercises and at most all skills mastered");
    }
  }
}
