/**
 * MongoDB adapter of the {@link mx.aprende.bot.conversation.SessionStore} port (collection {@code
 * sessions}).
 */
package mx.aprende.bot.conversation.mongo;
