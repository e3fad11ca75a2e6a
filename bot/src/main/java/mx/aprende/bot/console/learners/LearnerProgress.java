package mx.aprende.bot.console.learners;

/** A learner's mastery and the engine's next step. */
@FunctionalInterface
public interface LearnerProgress {

  Progress of(String learnerKey);
}
