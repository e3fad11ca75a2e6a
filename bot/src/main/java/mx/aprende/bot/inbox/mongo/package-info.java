/**
 * MongoDB adapters of the inbox ports: {@link mx.aprende.bot.inbox.Inbox} (collection {@code
 * inbound}) and {@link mx.aprende.bot.inbox.Leases} (collection {@code leases}).
 */
package mx.aprende.bot.inbox.mongo;
