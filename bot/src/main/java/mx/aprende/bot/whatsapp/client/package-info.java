/**
 * A thin, typed client for Meta's WhatsApp Business Cloud API (Graph API) on Helidon WebClient.
 *
 * <p>{@link mx.aprende.bot.whatsapp.client.CloudApiClient} sends the {@link
 * mx.aprende.bot.whatsapp.client.OutboundMessage} family (text, reply buttons, list, CTA URL,
 * template, media, reaction), marks messages read, and uploads and downloads media. Messages are
 * checked against {@link mx.aprende.bot.whatsapp.client.WhatsAppLimits} before anything goes on the
 * wire, and every failure is a {@link mx.aprende.bot.whatsapp.client.WhatsAppException}: Graph
 * error bodies become {@link mx.aprende.bot.whatsapp.client.GraphApiException} with advice from
 * {@link mx.aprende.bot.whatsapp.client.GraphErrors}, transport failures {@link
 * mx.aprende.bot.whatsapp.client.GraphUnavailableException}. The access token never appears in an
 * exception message or a log line.
 *
 * <p>No maintained Java client for this API is published on Maven Central, which is why the project
 * owns this one; it follows the request shapes in the project's WhatsApp reference (§5–§8).
 */
package mx.aprende.bot.whatsapp.client;
