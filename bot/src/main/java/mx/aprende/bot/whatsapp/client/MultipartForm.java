package mx.aprende.bot.whatsapp.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SequencedMap;

/**
 * A {@code multipart/form-data} body (RFC 7578) with text fields and one file, for the media
 * upload.
 *
 * <p>Built by hand on purpose: Helidon's multipart media support ({@code
 * helidon-http-media-multipart}) is not a dependency of the bot and is not in the offline build's
 * repository, and the upload needs only three fixed parts, which is less code than wiring the
 * module. The boundary is derived from the content, so there is no randomness to inject.
 */
final class MultipartForm {

  private static final String CRLF = "\r\n";

  private final String contentType;
  private final byte[] bytes;

  private MultipartForm(String contentType, byte[] bytes) {
    this.contentType = contentType;
    this.bytes = bytes;
  }

  /** The {@code Content-Type} header value, with the boundary. */
  String contentType() {
    return contentType;
  }

  /** The encoded body; callers must not modify it. */
  byte[] bytes() {
    return bytes;
  }

  /** Builds a form with {@code fields} (name, value pairs) followed by the file part. */
  static MultipartForm of(
      SequencedMap<String, String> fields,
      String fileField,
      String filename,
      String mimeType,
      byte[] content) {
    String boundary = boundaryFor(content);
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
    fields.forEach(
        (name, value) -> {
          write(out, "--" + boundary + CRLF);
          write(out, "Content-Disposition: form-data; name=\"" + quoted(name) + "\"" + CRLF + CRLF);
          write(out, value + CRLF);
        });
    write(out, "--" + boundary + CRLF);
    write(
        out,
        "Content-Disposition: form-data; name=\"%s\"; filename=\"%s\"%s"
            .formatted(quoted(fileField), quoted(filename), CRLF));
    write(out, "Content-Type: " + headerSafe(mimeType) + CRLF + CRLF);
    out.writeBytes(content);
    write(out, CRLF + "--" + boundary + "--" + CRLF);
    return new MultipartForm("multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  /**
   * For the content to contain this boundary it would have to contain (part of) its own SHA-256,
   * which nobody can arrange; a fixed boundary could be forged by a crafted file.
   */
  private static String boundaryFor(byte[] content) {
    return "AprendeBoundary" + HexFormat.of().formatHex(sha256(content), 0, 16);
  }

  static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Header parameter values cannot hold quotes or line breaks; drop them rather than fail. */
  private static String quoted(String value) {
    return headerSafe(value).replace("\"", "").replace("\\", "");
  }

  private static String headerSafe(String value) {
    return value.replace("\r", "").replace("\n", "");
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
