package mx.aprende.bot.whatsapp.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SequencedMap;

/**
 * A {@code multipart/form-data} body (RFC 7578) with text fields and one file, for the media
 * upload.
 *
 * <p>Built by hand on purpose: Helidon's multipart media support ({@code
 * helidon-http-media-multipart}) is not a dependency of the bot and is not in the offline build's
 * repository, and the upload needs only three fixed parts, which is less code than wiring the
 * module. The boundary is derived from the content (no randomness to inject) and is guaranteed not
 * to occur inside it.
 *
 * @param contentType the {@code Content-Type} header value, with the boundary
 * @param bytes the encoded body
 */
record MultipartForm(String contentType, byte[] bytes) {

  private static final String CRLF = "\r\n";

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

  private static String boundaryFor(byte[] content) {
    String base = "AprendeBoundary" + HexFormat.of().formatHex(sha256(content), 0, 12);
    String boundary = base;
    for (int n = 1; contains(content, ("--" + boundary).getBytes(StandardCharsets.US_ASCII)); n++) {
      boundary = base + "x" + n;
    }
    return boundary;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
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
