package mx.aprende.bot.whatsapp.wire;

/**
 * What an inbound message carries, one record per WhatsApp message type (WHATSAPP.md §2). Switch
 * over it exhaustively; types this version does not know arrive as {@link Unsupported}.
 */
public sealed interface MessageContent
    permits Text,
        ButtonReply,
        ListReply,
        FlowReply,
        TemplateButton,
        Media,
        Location,
        Contacts,
        Reaction,
        Order,
        SystemEvent,
        Unsupported,
        Edit,
        Revoke {

  /**
   * A stable tag for metrics and logs: {@code text}, {@code button_reply}, {@code list_reply},
   * {@code nfm_reply}, {@code button}, {@code image}, {@code audio}, {@code voice}, {@code video},
   * {@code document}, {@code sticker}, {@code location}, {@code contacts}, {@code reaction}, {@code
   * order}, {@code system}, {@code unsupported}, {@code edit} or {@code revoke}.
   */
  String type();
}
