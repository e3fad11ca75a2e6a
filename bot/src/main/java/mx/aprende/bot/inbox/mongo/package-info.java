/** MongoDB adapter of the {@link mx.aprende.bot.inbox.Inbox} port (collection {@code inbound}). */
package mx.aprende.bot.inbox.mongo;
