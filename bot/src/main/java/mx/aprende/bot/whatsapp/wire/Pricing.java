package mx.aprende.bot.whatsapp.wire;

import java.util.Optional;

/**
 * How Meta prices a message we sent, from a status webhook.
 *
 * <pre>{@code
 * "pricing": { "billable": false, "pricing_model": "PMP", "type": "free_customer_service",
 *              "category": "service" }
 * }</pre>
 *
 * @param billable whether the message is charged
 * @param model {@code PMP} (per message) or legacy {@code CBP}
 * @param type {@code regular}, {@code free_customer_service}, {@code free_entry_point}, …
 * @param category {@code marketing}, {@code utility}, {@code authentication}, {@code service}, …
 */
public record Pricing(
    boolean billable, Optional<String> model, Optional<String> type, Optional<String> category) {}
