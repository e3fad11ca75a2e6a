package mx.aprende.bot.templates;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * WhatsApp's customer service window: every message the learner sends opens it (or opens it again)
 * for 24 hours; inside it the bot may send any message, outside it only an approved template. Our
 * own messages never extend it. Pure: the caller passes both instants.
 *
 * @param length how long the window stays open after the learner's last message
 */
public record ServiceWindow(Duration length) {

  /** The window of the WhatsApp Cloud API: 24 hours. */
  public static final ServiceWindow WHATSAPP = new ServiceWindow(Duration.ofHours(24));

  /** Rejects a missing or non-positive length. */
  public ServiceWindow {
    Objects.requireNonNull(length, "length");
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("a service window must last some time");
    }
  }

  /**
   * Whether a free-form message (text, buttons, list, document) may be sent at {@code now}.
   *
   * @param lastInbound when the learner last wrote to us
   * @param now the moment of sending
   * @return true while less than {@link #length()} has passed since the learner's last message
   */
  public boolean allowsFreeForm(Instant lastInbound, Instant now) {
    // A learner message stamped slightly after our clock (skew) still means the window is open.
    return Duration.between(lastInbound, now).compareTo(length) < 0;
  }

  /** When the window opened by a message at {@code lastInbound} closes. */
  public Instant closesAt(Instant lastInbound) {
    return lastInbound.plus(length);
  }
}
