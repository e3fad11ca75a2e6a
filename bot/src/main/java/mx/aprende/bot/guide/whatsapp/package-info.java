/** The study guides sent as WhatsApp documents: rendered once per unit version, uploaded once. */
package mx.aprende.bot.guide.whatsapp;
