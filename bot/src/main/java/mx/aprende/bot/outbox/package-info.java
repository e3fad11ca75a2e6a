/**
 * What the bot sent and what became of it: every sent message is recorded with the channel's id,
 * and delivery receipts move its state forward only (sent → delivered → read/played, or failed).
 */
package mx.aprende.bot.outbox;
