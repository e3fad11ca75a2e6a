/** Health checks and domain metrics, served on the internal port under {@code /observe}. */
package mx.aprende.bot.observe;
