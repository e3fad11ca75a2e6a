/**
 * Learner contacts: the only mapping from a pseudonymous learner key back to the address the
 * channel needs ({@link mx.aprende.bot.contacts.Contacts}). Written when a learner's message is
 * processed, read by whatever sends without an inbound message to answer. The WhatsApp profile name
 * is deliberately not kept here: the name the bot uses is the one the learner gives after consent,
 * kept (sealed) in their session.
 */
package mx.aprende.bot.contacts;
