package mx.aprende.bot.whatsapp.client;

/**
 * WhatsApp's size and count limits for outbound messages, and the check that enforces them.
 *
 * <p>Lengths are counted in UTF-16 code units ({@link String#length()}), which is never less than
 * the number of visible characters, so a text that passes here is not too long for WhatsApp. Use
 * these constants to fit learner-facing text before building a message.
 */
public final class WhatsAppLimits {

  /** Text message body. */
  public static final int TEXT_BODY_MAX = 4096;

  /** Body of interactive messages (buttons, list, CTA URL). */
  public static final int INTERACTIVE_BODY_MAX = 1024;

  /** Text header of interactive messages. */
  public static final int HEADER_TEXT_MAX = 60;

  /** Footer of interactive messages. */
  public static final int FOOTER_TEXT_MAX = 60;

  /** Reply buttons: at least one ... */
  public static final int BUTTONS_MIN = 1;

  /** ... and at most three. */
  public static final int BUTTONS_MAX = 3;

  /** Reply button title (no markdown; unique within the message). */
  public static final int BUTTON_TITLE_MAX = 20;

  /** Reply button id, returned in the inbound reply. */
  public static final int BUTTON_ID_MAX = 256;

  /** Rows of a list message, counted over all sections. */
  public static final int LIST_ROWS_MAX = 10;

  /** Sections of a list message. */
  public static final int LIST_SECTIONS_MAX = 10;

  /** Section title; required when a list has more than one section. */
  public static final int SECTION_TITLE_MAX = 24;

  /** Row id, returned in the inbound reply. */
  public static final int ROW_ID_MAX = 200;

  /** Row title. */
  public static final int ROW_TITLE_MAX = 24;

  /** Row description (second line). */
  public static final int ROW_DESCRIPTION_MAX = 72;

  /** Label of the button that opens a list. */
  public static final int LIST_BUTTON_LABEL_MAX = 20;

  /** Label of a CTA URL button (BSP documentation; Meta does not state it). */
  public static final int CTA_DISPLAY_TEXT_MAX = 20;

  /** Caption of images, documents and videos. */
  public static final int CAPTION_MAX = 1024;

  /** Template button positions; Meta allows at most ten buttons per template. */
  public static final int TEMPLATE_BUTTON_INDEX_MAX = 9;

  private WhatsAppLimits() {}

  /**
   * Checks a message against every limit above, as {@link CloudApiClient#send} does before sending.
   *
   * @param message the message
   * @throws MessageLimitException naming the first offending field
   */
  public static void check(OutboundMessage message) {
    LimitChecks.check(message);
  }
}
