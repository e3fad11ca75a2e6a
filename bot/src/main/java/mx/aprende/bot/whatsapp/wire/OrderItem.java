package mx.aprende.bot.whatsapp.wire;

import java.math.BigDecimal;

/**
 * One line of an {@link Order}.
 *
 * <pre>
 * {@code { "product_retailer_id": "book-1", "quantity": 2, "item_price": 35.5, "currency": "MXN" } }
 * </pre>
 *
 * @param productRetailerId the catalogue item
 * @param quantity how many
 * @param itemPrice the unit price
 * @param currency ISO 4217 code
 */
public record OrderItem(
    String productRetailerId, int quantity, BigDecimal itemPrice, String currency) {}
