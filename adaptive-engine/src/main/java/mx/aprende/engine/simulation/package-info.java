/**
 * A learner simulator that measures the next-activity policy: simulated learners with latent skills
 * over the curriculum's skill graph (learning, forgetting, guess and slip, a spread of starting
 * knowledge) are taught by the engine's {@link mx.aprende.engine.policy.Policy}, by a fixed linear
 * sequence and by random order, and compared on exercises needed and on a delayed post-test. Pure
 * apart from {@link mx.aprende.engine.simulation.CurriculumYaml} and the CLI: randomness comes from
 * seeded generators and time from a simulated clock.
 */
package mx.aprende.engine.simulation;
