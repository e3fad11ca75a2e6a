/**
 * MongoDB adapter of the learning path's {@link mx.aprende.bot.learning.Milestones}: the {@code
 * learner_milestones} collection, next to the engine's own {@code learner_states} (which the engine
 * replaces whole on every update, so milestones cannot live in it).
 */
package mx.aprende.bot.learning.mongo;
