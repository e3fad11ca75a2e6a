package mx.aprende.bot.whatsapp.client;

/**
 * A message the bot can send through {@link CloudApiClient#send(String, OutboundMessage)}.
 *
 * <p>Records of this family only reject nulls when built; the WhatsApp limits are checked when a
 * message is sent (or explicitly with {@link WhatsAppLimits#check(OutboundMessage)}), so a caller
 * can build a message, check it, and shorten it if needed.
 */
public sealed interface OutboundMessage
    permits Text, ReplyButtons, ListMessage, CtaUrl, Template, Media, Reaction {

  /**
   * A short, stable name of the message type, meant as a metrics tag: {@code text}, {@code
   * interactive.button}, {@code interactive.list}, {@code interactive.cta_url}, {@code template},
   * {@code image}, {@code document}, {@code audio}, {@code video}, {@code sticker}, {@code
   * reaction}.
   *
   * @return the type tag
   */
  String type();
}
