/**
 * Data protection over MongoDB: development mode's generated secrets ({@link
 * mx.aprende.bot.privacy.crypto.mongo.DevelopmentDataKeys}, which also resolves the keys from the
 * settings for the bot and its tools) and the end of a key rotation, {@code ./tutor reseal} ({@link
 * mx.aprende.bot.privacy.crypto.mongo.Reseal}).
 */
package mx.aprende.bot.privacy.crypto.mongo;
