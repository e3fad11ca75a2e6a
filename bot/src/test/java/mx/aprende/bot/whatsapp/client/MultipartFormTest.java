package mx.aprende.bot.whatsapp.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

/** The hand-built multipart body of the media upload. */
class MultipartFormTest {

  /** A file name cannot break out of its header with quotes or line breaks. */
  @Test
  void filenameCannotInjectHeaders() {
    MultipartForm form =
        MultipartForm.of(
            new LinkedHashMap<>(),
            "file",
            "evil\"\r\nX-Injected: 1.pdf",
            "application/pdf",
            new byte[] {1, 2, 3});
    String body = new String(form.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(body, not(containsString("\r\nX-Injected")));
    assertThat(body, containsString("filename=\"evilX-Injected: 1.pdf\""));
  }

  /** Different contents get different boundaries, derived from their hash. */
  @Test
  void boundaryDependsOnContent() {
    SequencedMap<String, String> fields = new LinkedHashMap<>();
    fields.put("messaging_product", "whatsapp");
    MultipartForm one = MultipartForm.of(fields, "file", "a", "text/plain", new byte[] {1});
    MultipartForm two = MultipartForm.of(fields, "file", "a", "text/plain", new byte[] {2});
    assertThat(one.contentType().equals(two.contentType()), is(false));
    assertThat(
        MultipartForm.of(fields, "file", "a", "text/plain", new byte[] {1}).contentType(),
        is(one.contentType()));
  }
}
