/** The WhatsApp side of reminders: proactive messages sent through the Cloud API client. */
package mx.aprende.bot.reminders.whatsapp;
