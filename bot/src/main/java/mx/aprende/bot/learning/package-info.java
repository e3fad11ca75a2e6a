/**
 * The bridge between the conversation and the adaptive engine: the curriculum seen as the engine's
 * skill graph and item catalogue, and the use cases "what next for this learner" and "record this
 * attempt", over the engine's storage ports.
 */
package mx.aprende.bot.learning;
