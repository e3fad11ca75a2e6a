/**
 * MongoDB adapters of privacy: deleting a learner's documents from one collection by the field that
 * holds their key, the anonymous per-module counters in {@code anonymous_aggregates}, message text
 * forgotten by age, and learners found by how long they have been silent.
 */
package mx.aprende.bot.privacy.mongo;
