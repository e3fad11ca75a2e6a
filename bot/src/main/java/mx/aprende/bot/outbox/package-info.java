/**
 * The durable outbox and what became of each sent message. Replies are written to the outbox (ids
 * derived from the inbound message, so a re-run cannot enqueue twice) before the inbound message is
 * marked processed; {@link mx.aprende.bot.outbox.OutboxSender} sends them on virtual threads, one
 * at a time per learner and in order, paced for the whole business number, with capped jittered
 * back-off, parking permanent failures, halting everything on token/account errors and marking
 * closed customer-service windows. The {@link mx.aprende.bot.outbox.OutboundLog} then moves each
 * sent message forward only (sent → delivered → read/played, or failed) as receipts arrive.
 */
package mx.aprende.bot.outbox;
