package mx.aprende.bot.whatsapp.client;

import java.net.URI;
import java.util.Objects;

/**
 * Where WhatsApp takes the media of a {@link Media} message (or a template header) from: an id
 * returned by {@link CloudApiClient#uploadMedia(byte[], String, String)} (recommended; valid 30
 * days) or a public https link that Meta fetches.
 */
public sealed interface MediaSource {

  /**
   * A public link.
   *
   * @param url absolute http or https URL
   */
  record Link(URI url) implements MediaSource {
    /** Rejects null. */
    public Link {
      Objects.requireNonNull(url, "url");
    }
  }

  /**
   * Media uploaded earlier.
   *
   * @param id the media id
   */
  record Uploaded(String id) implements MediaSource {
    /** Rejects null. */
    public Uploaded {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * A link source.
   *
   * @param url the link
   * @return the source
   */
  static MediaSource link(URI url) {
    return new Link(url);
  }

  /**
   * An uploaded-media source.
   *
   * @param id the media id
   * @return the source
   */
  static MediaSource uploaded(String id) {
    return new Uploaded(id);
  }
}
