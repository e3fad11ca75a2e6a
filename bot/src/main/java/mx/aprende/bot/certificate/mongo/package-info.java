/** The {@code certificates} collection in MongoDB and the {@code revoke} admin command's store. */
package mx.aprende.bot.certificate.mongo;
