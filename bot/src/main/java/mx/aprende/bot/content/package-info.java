/**
 * Keeping the running bot's view of the curriculum fresh while authors edit files in development.
 */
package mx.aprende.bot.content;
