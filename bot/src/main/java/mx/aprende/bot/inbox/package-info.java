/**
 * The durable inbox: every inbound message is stored before the webhook is acknowledged,
 * deduplicated by its message id, and processed one learner at a time, in order. Unfinished
 * messages are picked up again at start-up.
 */
package mx.aprende.bot.inbox;
