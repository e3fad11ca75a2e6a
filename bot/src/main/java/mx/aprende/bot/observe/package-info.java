/**
 * Health checks and domain metrics, served on the internal port under {@code /observe}. The metric
 * names are declared in {@link mx.aprende.bot.observe.BotMetrics#METERS}.
 */
package mx.aprende.bot.observe;
