package mx.aprende.bot.privacy;

import java.time.Instant;
import java.util.Map;

/**
 * Where message text lives after it was useful: stores that can forget what is older than a date.
 */
public interface Transcripts {

  /**
   * Forgets message text written before {@code cutoff}; text still needed to deliver a message (not
   * sent yet) is kept whatever its age.
   *
   * @return how many records each store deleted or emptied, by store name
   */
  Map<String, Long> forgetBefore(Instant cutoff);
}
