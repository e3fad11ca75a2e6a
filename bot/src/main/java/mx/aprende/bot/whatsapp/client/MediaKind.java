package mx.aprende.bot.whatsapp.client;

import java.util.Locale;

/** The media message types the Cloud API accepts; the wire name is the lower-case constant. */
public enum MediaKind {
  IMAGE,
  DOCUMENT,
  AUDIO,
  VIDEO,
  STICKER;

  /**
   * The name used as the message {@code type} and as the key of the media object.
   *
   * @return e.g. {@code image}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Audio and stickers are shown without caption. */
  boolean takesCaption() {
    return this == IMAGE || this == DOCUMENT || this == VIDEO;
  }
}
