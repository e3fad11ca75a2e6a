/**
 * MongoDB adapter of the {@link mx.aprende.bot.outbox.OutboundLog} port (collection {@code
 * outbound}).
 */
package mx.aprende.bot.outbox.mongo;
