package mx.aprende.engine.evaluation;

import java.util.Locale;
import mx.aprende.engine.EngineException;

/** The attempt-log file formats {@link AttemptFiles} reads. */
public enum DatasetFormat {
  /**
   * Gervet et al. (2020): tab-separated with header {@code user_id item_id timestamp correct
   * skill_id}, rows grouped by learner in attempt order. Several skills in one cell are separated
   * by {@code _} or {@code ;}.
   */
  GERVET,
  /**
   * DKVMN / Piech DKT: three lines per learner (length, comma-separated exercise ids,
   * comma-separated 0/1). The exercise id is both the item and its single skill.
   */
  DKVMN,
  /**
   * Comma-separated with a header naming the columns: a learner column ({@code user_id}), {@code
   * correct}, and at least one of an item column ({@code item_id}, {@code problem_id}) and a skill
   * column ({@code skill_id}, {@code skill_name}, {@code skill}); optional {@code timestamp} in
   * seconds. A missing item column makes the skill the item; a missing skill column the reverse.
   */
  CSV;

  /** The format named {@code name} (case-insensitive). */
  public static DatasetFormat parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new EngineException("unknown format '" + name + "' (gervet, dkvmn or csv)", e);
    }
  }
}
