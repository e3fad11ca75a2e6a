package mx.aprende.bot.whatsapp.client;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to {@code GET /{version}/{media-id}}: a short-lived (about 5 minutes) download URL
 * that needs the same bearer token, and what the file should be.
 *
 * @param id the media id
 * @param url the download URL
 * @param mimeType e.g. {@code image/jpeg}
 * @param sha256 hex SHA-256 of the file, when Meta gives it
 * @param fileSize size in bytes as reported by Meta
 */
public record MediaInfo(
    String id, URI url, String mimeType, Optional<String> sha256, long fileSize) {

  /** Rejects nulls. */
  public MediaInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(mimeType, "mimeType");
    Objects.requireNonNull(sha256, "sha256");
  }
}
