/**
 * Development mode's generated data protection secrets, kept in MongoDB ({@link
 * mx.aprende.bot.privacy.crypto.mongo.DevelopmentDataKeys}).
 */
package mx.aprende.bot.privacy.crypto.mongo;
