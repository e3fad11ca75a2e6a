/**
 * Mexico's 32 federal entities for onboarding ("¿En qué estado vives?") and for timing proactive
 * messages: the states with their names, codes and time zones, a tolerant matcher for what adults
 * type, and the quiet hours in which the bot never writes first. Pure: no I/O, no clock.
 */
package mx.aprende.bot.region;
