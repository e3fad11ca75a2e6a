/**
 * MongoDB plumbing shared by the bot's features: the connection built once in {@code Main}, and the
 * embedded wire-protocol server used when no {@code MONGODB_URI} is given.
 */
package mx.aprende.bot.mongo;
