package mx.aprende.bot.console.learners;

import java.util.List;
import java.util.Optional;

/**
 * A learner's progress for the tutor.
 *
 * @param modules mastery per module the learner has touched
 * @param currentActivity the engine's next step, in words, when the learner is in a module
 * @param reason why the engine chose it
 */
public record Progress(
    List<ModuleProgress> modules, Optional<String> currentActivity, Optional<String> reason) {

  /**
   * Mastery in one module.
   *
   * @param title the module's title
   * @param mastered skills mastered
   * @param skills skills in the module
   * @param attempts answers given in the module
   */
  public record ModuleProgress(String title, int mastered, int skills, long attempts) {}

  public static final Progress NONE = new Progress(List.of(), Optional.empty(), Optional.empty());

  public Progress {
    modules = List.copyOf(modules);
  }
}
