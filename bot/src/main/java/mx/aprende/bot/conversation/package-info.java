/**
 * The learner's conversation with Aprende, independent of the channel: typed inputs ({@link
 * mx.aprende.bot.conversation.Inbound}) in, typed replies ({@link
 * mx.aprende.bot.conversation.Reply}) out. Pure Java: no HTTP, no WhatsApp wire types, no MongoDB
 * (sessions go through the {@link mx.aprende.bot.conversation.SessionStore} port), so it is tested
 * without a server.
 */
package mx.aprende.bot.conversation;
