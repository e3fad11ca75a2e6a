/** Sends exam messages (QR images, documents, templates) to learners through the Cloud API. */
package mx.aprende.bot.exam.whatsapp;
