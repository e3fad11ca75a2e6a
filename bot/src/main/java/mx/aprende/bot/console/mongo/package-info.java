/**
 * MongoDB adapters of the console's ports: {@code staff_users}, {@code staff_sessions}, {@code
 * audit}, {@code flags} (shared with the tutor's risk guard), {@code takeovers}, {@code
 * tutor_messages}, {@code learner_places}, and read-only queries over {@code inbound}, {@code
 * outbound}, {@code outbox}, {@code sessions}, {@code attempts}, {@code learner_milestones} (the
 * learning path's) and the exams feature's {@code exam_centers}, {@code exam_sessions}, {@code
 * exam_bookings} and {@code certificates}. Only aggregation stages both the embedded server and
 * MongoDB support are used ({@code $match}, {@code $unwind}, {@code $group}, {@code $project},
 * {@code $sort}, {@code $count}, {@code $dateToString}); expiry is done in code, not with TTL
 * indexes.
 */
package mx.aprende.bot.console.mongo;
