/** Contacts in MongoDB, addresses sealed, with an in-process cache. */
package mx.aprende.bot.contacts.mongo;
