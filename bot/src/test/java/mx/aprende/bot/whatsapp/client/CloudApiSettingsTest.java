package mx.aprende.bot.whatsapp.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings validate at construction and build the documented Graph URIs. */
class CloudApiSettingsTest {

  private static final URI GRAPH = URI.create("https://graph.facebook.com");

  /** The messages, media-upload and media URIs follow {base}/{version}/... */
  @Test
  void uris() {
    CloudApiSettings settings = settings(GRAPH, "v26.0", Duration.ofSeconds(10));
    assertThat(
        settings.messagesUri(),
        is(URI.create("https://graph.facebook.com/v26.0/106540352242922/messages")));
    assertThat(
        settings.mediaUploadUri(),
        is(URI.create("https://graph.facebook.com/v26.0/106540352242922/media")));
    assertThat(settings.mediaUri("1234"), is(URI.create("https://graph.facebook.com/v26.0/1234")));
  }

  /** A media id that would change the path is refused. */
  @Test
  void mediaIdCannotEscapePath() {
    CloudApiSettings settings = settings(GRAPH, "v26.0", Duration.ofSeconds(10));
    assertThrows(IllegalArgumentException.class, () -> settings.mediaUri("../me/accounts"));
  }

  /** Bad settings fail at construction, not on the first send. */
  @Test
  void rejectsBadSettings() {
    Duration ten = Duration.ofSeconds(10);
    assertThrows(
        IllegalArgumentException.class, () -> settings(URI.create("/graph"), "v26.0", ten));
    assertThrows(
        IllegalArgumentException.class, () -> settings(URI.create("ftp://graph"), "v26.0", ten));
    assertThrows(IllegalArgumentException.class, () -> settings(GRAPH, "26", ten));
    assertThrows(IllegalArgumentException.class, () -> settings(GRAPH, "v26.0", Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CloudApiSettings(GRAPH, "v26.0", "106540352242922", " ", ten));
  }

  /** toString shows the settings but not the token. */
  @Test
  void toStringRedactsToken() {
    String text = settings(GRAPH, "v26.0", Duration.ofSeconds(10)).toString();
    assertThat(text, containsString("v26.0"));
    assertThat(text, not(containsString("EAAG-secret")));
  }

  private static CloudApiSettings settings(URI base, String version, Duration timeout) {
    return new CloudApiSettings(base, version, "106540352242922", "EAAG-secret", timeout);
  }
}
