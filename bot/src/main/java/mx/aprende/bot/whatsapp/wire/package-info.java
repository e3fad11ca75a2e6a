/**
 * The WhatsApp Cloud API webhook wire format: typed, immutable events parsed from webhook POST
 * bodies ({@link mx.aprende.bot.whatsapp.wire.WebhookParser}), the {@code X-Hub-Signature-256}
 * check ({@link mx.aprende.bot.whatsapp.wire.WebhookSignature}) and a builder of Cloud-API-shaped
 * payloads for the simulator, the load generator and tests ({@link
 * mx.aprende.bot.whatsapp.wire.WebhookPayloads}).
 *
 * <p>Parsing is lenient by design (WHATSAPP.md §11): Meta adds fields and message types without
 * notice and retries failed deliveries for days, so anything this package cannot use is reported as
 * {@link mx.aprende.bot.whatsapp.wire.Ignored} with a reason instead of failing the whole POST.
 */
package mx.aprende.bot.whatsapp.wire;
