/**
 * MongoDB adapters of privacy: deleting a learner's documents from one collection by the field that
 * holds their key, and the anonymous per-module counters in {@code anonymous_aggregates}.
 */
package mx.aprende.bot.privacy.mongo;
