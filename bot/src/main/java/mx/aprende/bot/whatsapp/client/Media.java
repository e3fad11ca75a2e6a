package mx.aprende.bot.whatsapp.client;

import java.util.Objects;
import java.util.Optional;

/**
 * An image, document, audio, video or sticker message. Captions are allowed on images, documents
 * and videos (at most {@link WhatsAppLimits#CAPTION_MAX}); a filename only on documents.
 *
 * @param kind which media type
 * @param source an uploaded id or a link
 * @param caption optional caption
 * @param filename optional file name shown for documents
 */
public record Media(
    MediaKind kind, MediaSource source, Optional<String> caption, Optional<String> filename)
    implements OutboundMessage {

  /** Rejects nulls. */
  public Media {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(filename, "filename");
  }

  /**
   * An image without caption.
   *
   * @param source where the image is
   * @return the message
   */
  public static Media image(MediaSource source) {
    return new Media(MediaKind.IMAGE, source, Optional.empty(), Optional.empty());
  }

  /**
   * An image with a caption.
   *
   * @param source where the image is
   * @param caption the caption
   * @return the message
   */
  public static Media image(MediaSource source, String caption) {
    return new Media(MediaKind.IMAGE, source, Optional.of(caption), Optional.empty());
  }

  /**
   * A document shown under a file name.
   *
   * @param source where the document is
   * @param filename the file name shown to the user
   * @return the message
   */
  public static Media document(MediaSource source, String filename) {
    return new Media(MediaKind.DOCUMENT, source, Optional.empty(), Optional.of(filename));
  }

  /**
   * A document with file name and caption.
   *
   * @param source where the document is
   * @param filename the file name shown to the user
   * @param caption the caption
   * @return the message
   */
  public static Media document(MediaSource source, String filename, String caption) {
    return new Media(MediaKind.DOCUMENT, source, Optional.of(caption), Optional.of(filename));
  }

  @Override
  public String type() {
    return kind.wireName();
  }
}
