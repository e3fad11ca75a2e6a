package mx.aprende.bot.whatsapp.wire;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An image, audio (or voice note), video, document or sticker. The file itself must be downloaded
 * with the media id (or the {@code url}, which still needs the bearer token) within a few minutes.
 *
 * <pre>{@code
 * "type": "audio",
 * "audio": { "id": "1093746289012345", "mime_type": "audio/ogg; codecs=opus",
 *            "sha256": "m2pM1f3...=", "voice": true }
 * }</pre>
 *
 * @param kind which media type
 * @param mediaId the id to download the file with
 * @param mimeType the MIME type; {@code application/octet-stream} when Meta omitted it
 * @param sha256 the file hash as Meta sends it (base64)
 * @param caption the caption (image, video, document)
 * @param filename the file name (document)
 * @param voice whether an audio is a recorded voice note
 * @param animated whether a sticker is animated
 * @param url the download URL newer payloads carry
 */
public record Media(
    MediaKind kind,
    String mediaId,
    String mimeType,
    Optional<String> sha256,
    Optional<String> caption,
    Optional<String> filename,
    boolean voice,
    boolean animated,
    Optional<URI> url)
    implements MessageContent {
  /** Checks the required parts are present. */
  public Media {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(mediaId, "mediaId");
    Objects.requireNonNull(mimeType, "mimeType");
  }

  /** The kind's wire name, except {@code voice} for voice notes so they can be counted apart. */
  @Override
  public String type() {
    return voice && kind == MediaKind.AUDIO ? "voice" : kind.wireName();
  }
}
