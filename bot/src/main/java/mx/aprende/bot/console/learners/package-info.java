/**
 * The tutor's view of one learner and the actions on it: where the learner belongs (for scopes),
 * the transcript, progress and the engine's next step, takeover, and replies sent as a person.
 */
package mx.aprende.bot.console.learners;
