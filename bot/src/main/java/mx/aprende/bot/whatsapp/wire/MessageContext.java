package mx.aprende.bot.whatsapp.wire;

import java.util.Optional;

/**
 * The {@code context} of an inbound message: the message it replies to (or whose button was
 * tapped), whether it was forwarded, and the catalogue product it asks about.
 *
 * <pre>{@code
 * "context": { "from": "15550001111", "id": "wamid.HBgL...Q==" }
 * "context": { "forwarded": true }
 * }</pre>
 *
 * @param from the sender of the quoted message (our business number for replies to us)
 * @param id the quoted message's wamid
 * @param forwarded forwarded at least once
 * @param frequentlyForwarded forwarded many times
 * @param referredProduct the product the user asked about
 */
public record MessageContext(
    Optional<String> from,
    Optional<String> id,
    boolean forwarded,
    boolean frequentlyForwarded,
    Optional<ReferredProduct> referredProduct) {

  /**
   * A catalogue product a message refers to.
   *
   * @param catalogId the catalogue
   * @param productRetailerId the product
   */
  public record ReferredProduct(String catalogId, String productRetailerId) {}
}
