/**
 * The bridge between the conversation and the adaptive engine: the curriculum seen as the engine's
 * skill graph and item catalogue, and the use cases "what next for this learner" and "record this
 * attempt", over the engine's storage ports; and the funnel's engine {@link
 * mx.aprende.bot.learning.Milestones} (first skill mastered, module ready), recorded as the path
 * observes them and backfilled once for earlier learners (MongoDB adapter in {@code
 * learning.mongo}).
 */
package mx.aprende.bot.learning;
