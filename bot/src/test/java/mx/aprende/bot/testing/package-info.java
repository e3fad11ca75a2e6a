/** Test support shared by the bot's tests: starting a headless browser, screenshots, waits. */
package mx.aprende.bot.testing;
