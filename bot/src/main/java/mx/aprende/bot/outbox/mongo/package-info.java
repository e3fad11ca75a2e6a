/**
 * MongoDB adapters of the outbox ports: {@link mx.aprende.bot.outbox.Outbox} (collections {@code
 * outbox} and {@code closed_windows}) and {@link mx.aprende.bot.outbox.OutboundLog} (collection
 * {@code outbound}).
 */
package mx.aprende.bot.outbox.mongo;
