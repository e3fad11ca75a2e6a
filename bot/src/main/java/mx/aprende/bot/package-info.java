/**
 * The Aprende bot application: {@link mx.aprende.bot.Main} starts it and {@link
 * mx.aprende.bot.Wiring} is the one composition root. Features live in sub-packages.
 */
package mx.aprende.bot;
