/**
 * WhatsApp's rules for writing first: the 24-hour customer service window ({@link
 * mx.aprende.bot.templates.ServiceWindow}) and the catalogue of approved message templates ({@link
 * mx.aprende.bot.templates.MessageTemplate}) the bot may send outside it, with the code that fills
 * their parameters into Cloud API template messages. {@code docs/templates.md} lists the same
 * templates for submission to Meta; a test keeps both in step. Pure: no I/O, no clock.
 */
package mx.aprende.bot.templates;
