package mx.aprende.bot.whatsapp.wire;

import java.util.Optional;

/** The media message types, named as in the webhook's {@code type} field. */
public enum MediaKind {
  IMAGE("image"),
  AUDIO("audio"),
  VIDEO("video"),
  DOCUMENT("document"),
  STICKER("sticker");

  private final String wireName;

  MediaKind(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in {@code type} and as the payload object key, e.g. {@code "image"}. */
  public String wireName() {
    return wireName;
  }

  /** The kind for a webhook {@code type}, if it is a media type. */
  public static Optional<MediaKind> fromWire(String type) {
    for (MediaKind kind : values()) {
      if (kind.wireName.equals(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
