/**
 * Development-only stand-in for Meta: a WhatsApp-like page at {@code /simulator} that sends real,
 * signed Cloud-API-shaped webhooks to {@code /webhook}, and a fake Graph API that captures what the
 * bot sends. Only Meta is replaced; the bot runs its production code paths. Never routed in
 * production mode.
 */
package mx.aprende.bot.simulator;
