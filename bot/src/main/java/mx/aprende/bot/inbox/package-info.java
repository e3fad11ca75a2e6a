/**
 * The durable inbox: every inbound message is stored before the webhook is acknowledged,
 * deduplicated by its message id (kept at least 7 days, purged by {@link
 * mx.aprende.bot.inbox.InboxPurge}), and processed one learner at a time, in order — within a
 * process by {@link mx.aprende.bot.inbox.LearnerLanes}, across instances by {@link
 * mx.aprende.bot.inbox.Leases}. Unfinished messages are picked up again at start-up; learners who
 * flood are slowed down by {@link mx.aprende.bot.inbox.FloodGuard}. Under load, concurrent webhooks
 * share one write and one durability commit ({@link mx.aprende.bot.inbox.GroupCommit}) and a
 * learner's lease is kept while that learner has messages queued ({@link
 * mx.aprende.bot.inbox.HeldLeases}).
 */
package mx.aprende.bot.inbox;
