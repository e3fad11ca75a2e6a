/**
 * Persistence ports of the engine: the attempts log the models are refitted from, the learner state
 * the policy reads and updates, and the fitted model parameters. Implementations live in the
 * technology sub-package ({@code mongo}).
 */
package mx.aprende.engine.store;
