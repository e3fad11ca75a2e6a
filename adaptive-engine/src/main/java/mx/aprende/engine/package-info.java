/**
 * The adaptive engine: mastery models, the next-activity policy, spaced review and placement. The
 * core is pure (state and an attempt in, a decision and events out); MongoDB adapters live in the
 * {@code mongo} sub-packages.
 */
package mx.aprende.engine;
