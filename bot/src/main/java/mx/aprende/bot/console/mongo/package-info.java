/**
 * MongoDB adapters of the console's ports: {@code staff_users}, {@code staff_sessions}, {@code
 * audit}, {@code flags} (shared with the tutor's risk guard), {@code takeovers}, {@code
 * tutor_messages}, {@code learner_places}, and read-only queries over {@code inbound}, {@code
 * outbound}, {@code sessions} and {@code attempts}. Only aggregation stages the embedded server
 * supports are used ({@code $match}, {@code $group}, {@code $project}, {@code $sort}, {@code
 * $count}, {@code $dateToString}); expiry is done in code, not with TTL indexes.
 */
package mx.aprende.bot.console.mongo;
