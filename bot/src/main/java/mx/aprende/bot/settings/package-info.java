/**
 * The bot's settings: {@code application.yaml} defaults overridden by environment variables, mapped
 * once at start-up into records that fail fast and name what is missing.
 */
package mx.aprende.bot.settings;
