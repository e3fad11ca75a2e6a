/**
 * The WhatsApp Cloud API channel: the webhook (handshake, signature, parsing, durable storage,
 * acknowledgement), the translation between WhatsApp messages and the conversation's inputs and
 * replies, and sending through {@link mx.aprende.bot.whatsapp.client.CloudApiClient}.
 */
package mx.aprende.bot.whatsapp;
